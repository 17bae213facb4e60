<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountRecords</name>
    <message>
        <source>New learner %1</source>
        <translation>Nouvel apprenant %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>library import needs the FOLDER to import from.</source>
        <translation>La commande library import nécessite le DOSSIER à importer.</translation>
    </message>
    <message>
        <source>The command %1 does not take the argument %2.</source>
        <translation>La commande %1 n’accepte pas l’argument %2.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Option inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>L’option %1 demande une valeur.</translation>
    </message>
    <message>
        <source>The option %1 takes no value.</source>
        <translation>L’option %1 ne prend pas de valeur.</translation>
    </message>
    <message>
        <source>The option %1 does not apply to the command %2.</source>
        <translation>L’option %1 ne s’applique pas à la commande %2.</translation>
    </message>
    <message>
        <source>login needs --site URL and --username NAME.</source>
        <translation>La commande login nécessite --site URL et --username NOM.</translation>
    </message>
    <message>
        <source>sync needs --all or at least one --course ID.</source>
        <translation>La commande sync nécessite --all ou au moins une option --course ID.</translation>
    </message>
    <message>
        <source>--parallel needs a number of files from 1 to 16.</source>
        <translation>--parallel nécessite un nombre de fichiers compris entre 1 et 16.</translation>
    </message>
    <message>
        <source>--limit-rate needs bytes per second, such as 800, 500k or 2M.</source>
        <translation>--limit-rate nécessite un nombre d’octets par seconde, par exemple 800, 500k ou 2M.</translation>
    </message>
    <message>
        <source>%1 needs the learner&apos;s NAME.</source>
        <translation>%1 a besoin du NOM de l’apprenant.</translation>
    </message>
    <message>
        <source>%1 needs the FOLDER of the mirror.</source>
        <translation>%1 a besoin du DOSSIER du miroir.</translation>
    </message>
    <message>
        <source>sources add needs the ADDRESS or FOLDER of the mirror.</source>
        <translation>sources add a besoin de l’ADRESSE ou du DOSSIER du miroir.</translation>
    </message>
    <message>
        <source>sources remove needs the source&apos;s ID or ADDRESS (see clikc sources list).</source>
        <translation>sources remove a besoin de l’ID ou de l’ADRESSE de la source (voir clikc sources list).</translation>
    </message>
    <message>
        <source>--window needs the hours to download in, such as 22:00-06:00.</source>
        <translation>--window a besoin des heures où télécharger, par exemple 22:00-06:00.</translation>
    </message>
    <message>
        <source>%1 goes with --site-catalogue.</source>
        <translation>%1 s’utilise avec --site-catalogue.</translation>
    </message>
    <message>
        <source>%1 cannot be used with %2.</source>
        <translation>%1 ne peut pas être utilisé avec %2.</translation>
    </message>
    <message>
        <source>--category needs the ID of a category (see clikc courses --site-catalogue).</source>
        <translation>--category demande l’identifiant d’une catégorie (voir clikc courses --site-catalogue).</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>The sample course could not be set up: %1</source>
        <translation>Le cours d’exemple n’a pas pu être installé&#xa0;: %1</translation>
    </message>
    <message>
        <source>There are no courses on this computer.</source>
        <translation>Il n’y a aucun cours sur cet ordinateur.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>Taille disque</translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation>Disponible hors ligne</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 terminées</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n file(s).</source>
        <translation>
            <numerusform>%n fichier vérifié.</numerusform>
            <numerusform>%n fichiers vérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Damaged, set aside: %1</source>
        <translation>Endommagé, mis de côté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Manquant&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n file(s) that no course used.</source>
        <translation>
            <numerusform>%n fichier qu’aucun cours n’utilisait a été supprimé.</numerusform>
            <numerusform>%n fichiers qu’aucun cours n’utilisait ont été supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library is intact.</source>
        <translation>La bibliothèque est intacte.</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) imported.</source>
        <translation>
            <numerusform>%n cours importé.</numerusform>
            <numerusform>%n cours importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library could not be opened (%1): %2</source>
        <translation>Impossible d’ouvrir la bibliothèque (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
    <message>
        <source>No keychain is available: the sign-in lasts only until this command ends.</source>
        <translation>Aucun trousseau de clés n’est disponible&#xa0;: la connexion ne dure que jusqu’à la fin de cette commande.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Vous n’êtes pas connecté.</translation>
    </message>
    <message>
        <source>Signed out of %1. The sign-in token was deleted.</source>
        <translation>Déconnecté de %1. Le jeton de connexion a été supprimé.</translation>
    </message>
    <message>
        <source>Signed out of %1, but the token could not be deleted from the keychain.</source>
        <translation>Déconnecté de %1, mais le jeton n’a pas pu être supprimé du trousseau de clés.</translation>
    </message>
    <message>
        <source>Showing what this computer already knows.</source>
        <translation>Affichage des informations déjà présentes sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Carrying on with the course list already on this computer.</source>
        <translation>Poursuite avec la liste des cours déjà présente sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No course %1 among your courses on the site.</source>
        <translation>Aucun cours %1 parmi vos cours sur le site.</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) synchronised.</source>
        <translation>
            <numerusform>%n cours synchronisé.</numerusform>
            <numerusform>%n cours synchronisés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) on this computer (%1).</source>
        <translation>
            <numerusform>%n fichier sur cet ordinateur (%1).</numerusform>
            <numerusform>%n fichiers sur cet ordinateur (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be downloaded:</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être téléchargé&#xa0;:</numerusform>
            <numerusform>%n fichiers n’ont pas pu être téléchargés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in to %1 as %2 has expired: run clikc login again.</source>
        <translation>La connexion à %1 en tant que %2 a expiré&#xa0;: exécutez de nouveau clikc login.</translation>
    </message>
    <message numerus="yes">
        <source>Library: %n course(s), %1 in %2.</source>
        <translation>
            <numerusform>Bibliothèque&#xa0;: %n cours, %1 dans %2.</numerusform>
            <numerusform>Bibliothèque&#xa0;: %n cours, %1 dans %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Progress waiting to be uploaded: %n item(s).</source>
        <translation>
            <numerusform>Progression en attente d’envoi&#xa0;: %n élément.</numerusform>
            <numerusform>Progression en attente d’envoi&#xa0;: %n éléments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed in: the progress waits for the next sign-in (clikc login).</source>
        <translation>Non connecté&#xa0;: la progression attend la prochaine connexion (clikc login).</translation>
    </message>
    <message numerus="yes">
        <source>Uploaded: %n action(s).</source>
        <translation>
            <numerusform>Envoyée&#xa0;: %n action.</numerusform>
            <numerusform>Envoyées&#xa0;: %n actions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still waiting: %n action(s).</source>
        <translation>
            <numerusform>Toujours en attente&#xa0;: %n action.</numerusform>
            <numerusform>Toujours en attente&#xa0;: %n actions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not accepted by the site: %n action(s).</source>
        <translation>
            <numerusform>Refusée par le site&#xa0;: %n action.</numerusform>
            <numerusform>Refusées par le site&#xa0;: %n actions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not accepted by the site: %n action(s) (see clikc upload).</source>
        <translation>
            <numerusform>Refusée par le site&#xa0;: %n action (voir clikc upload).</numerusform>
            <numerusform>Refusées par le site&#xa0;: %n actions (voir clikc upload).</numerusform>
        </translation>
    </message>
    <message>
        <source>Last upload: %1.</source>
        <translation>Dernier envoi&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not signed in: you signed out of %1. Run clikc login to sign in again.</source>
        <translation>Non connecté&#xa0;: vous vous êtes déconnecté de %1. Lancez clikc login pour vous reconnecter.</translation>
    </message>
    <message>
        <source>Not signed in: this library has never been signed in to a site. Run clikc login --site URL --username NAME first.</source>
        <translation>Non connecté&#xa0;: cette bibliothèque n’a jamais été connectée à un site. Lancez d’abord clikc login --site URL --username NOM.</translation>
    </message>
    <message>
        <source>With --json, the result is one JSON object on standard output. When the command
failed, it holds &quot;error&quot;: {&quot;code&quot;: CODE, &quot;message&quot;: TEXT}, and the message is
also written to standard error.

Exit codes:
  0  success
  1  the command ran, but something failed (see the message)
  2  wrong usage: an unknown command or option, a missing argument, or an option
     the command does not take
  3  the library is in use by the application or by another clikc command; try
     again when it has finished
</source>
        <translation>Avec --json, le résultat est un seul objet JSON sur la sortie standard. Quand la
commande a échoué, il contient &quot;error&quot;: {&quot;code&quot;: CODE, &quot;message&quot;: TEXTE}, et le
message est aussi écrit sur la sortie d’erreur.

Codes de sortie&#xa0;:
  0  réussite
  1  la commande s’est exécutée, mais quelque chose a échoué (voir le message)
  2  mauvaise utilisation&#xa0;: commande ou option inconnue, argument manquant, ou option
     que la commande n’accepte pas
  3  la bibliothèque est utilisée par l’application ou par une autre commande clikc&#xa0;;
     réessayez quand elle a terminé
</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged or missing file(s) were set aside; the courses that used them must be put back.</source>
        <translation>
            <numerusform>%n fichier endommagé ou manquant a été mis de côté&#xa0;; les cours qui l’utilisaient doivent être remis sur cet ordinateur.</numerusform>
            <numerusform>%n fichiers endommagés ou manquants ont été mis de côté&#xa0;; les cours qui les utilisaient doivent être remis sur cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Damaged, set aside: %1 (%2, in the course %3)</source>
        <extracomment>%1 the file&apos;s name in the course, %2 the activity, %3 the course</extracomment>
        <translation>Endommagé, mis de côté&#xa0;: %1 (%2, dans le cours %3)</translation>
    </message>
    <message>
        <source>Missing: %1 (%2, in the course %3)</source>
        <extracomment>%1 the file&apos;s name in the course, %2 the activity, %3 the course</extracomment>
        <translation>Manquant&#xa0;: %1 (%2, dans le cours %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be downloaded; run clikc sync again to carry on.</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être téléchargé&#xa0;; relancez clikc sync pour continuer.</numerusform>
            <numerusform>%n fichiers n’ont pas pu être téléchargés&#xa0;; relancez clikc sync pour continuer.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no learner %1 in this library: clikc profiles list shows them.</source>
        <translation>Il n’y a pas d’apprenant %1 dans cette bibliothèque : clikc profiles list les affiche.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>(this computer only)</source>
        <translation>(cet ordinateur seulement)</translation>
    </message>
    <message>
        <source>%1 (signed out)</source>
        <translation>%1 (déconnecté)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Added the learner %1 (ID %2).</source>
        <translation>Apprenant %1 ajouté (ID %2).</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n action(s) not sent to the site yet. Send them first (clikc --profile %2 upload), or add --discard-unsent to remove the learner anyway.</source>
        <translation>
            <numerusform>%1 a %n action pas encore envoyée au site. Envoyez-la d’abord (clikc --profile %2 upload), ou ajoutez --discard-unsent pour retirer l’apprenant malgré tout.</numerusform>
            <numerusform>%1 a %n actions pas encore envoyées au site. Envoyez-les d’abord (clikc --profile %2 upload), ou ajoutez --discard-unsent pour retirer l’apprenant malgré tout.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed the learner %1 and everything of theirs in this library.</source>
        <translation>L’apprenant %1 et tout ce qui lui appartient dans cette bibliothèque ont été retirés.</translation>
    </message>
    <message>
        <source>Not signed in: the progress waits for the next sign-in (clikc --profile %1 login).</source>
        <translation>Non connecté : la progression attend la prochaine connexion (clikc --profile %1 login).</translation>
    </message>
    <message>
        <source>%1: uploaded %2, still waiting %3.</source>
        <translation>%1 : %2 envoyé(s), %3 encore en attente.</translation>
    </message>
    <message>
        <source>%1 of %2 copied (%3)</source>
        <translation>%1 sur %2 copiés (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 checked (%3)</source>
        <translation>%1 sur %2 vérifiés (%3)</translation>
    </message>
    <message>
        <source>There is no course %1 in this library: clikc library list shows them.</source>
        <translation>Il n’y a pas de cours %1 dans cette bibliothèque&#xa0;: clikc library list les affiche.</translation>
    </message>
    <message>
        <source>There is nothing to export: no course is entirely on this computer. Download courses with clikc sync first.</source>
        <translation>Il n’y a rien à exporter&#xa0;: aucun cours n’est entièrement sur cet ordinateur. Téléchargez d’abord des cours avec clikc sync.</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) exported to %1.</source>
        <translation>
            <numerusform>%n cours exporté vers %1.</numerusform>
            <numerusform>%n cours exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files: %1 copied (%2), %3 already there, %4 no longer used removed.</source>
        <translation>Fichiers&#xa0;: %1 copiés (%2), %3 déjà présents, %4 devenus inutiles supprimés.</translation>
    </message>
    <message>
        <source>Not exported, because they are not entirely on this computer: %1</source>
        <translation>Non exportés, car ils ne sont pas entièrement sur cet ordinateur&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (course “%2”)</source>
        <translation>%1 (cours «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>The mirror is intact.</source>
        <translation>Le miroir est intact.</translation>
    </message>
    <message>
        <source>  login --site URL --username NAME [--password-stdin] [--allow-http]
                                    sign in to a CLiKC! site (the password is never kept)
  logout                            sign out and delete the sign-in token
  courses [--json]                  list your courses, refreshed from the site
  status [--json]                   show the sign-in, the library and pending uploads
  upload [--all-profiles] [--json]  send the progress recorded offline to the site
                                    (for every learner with --all-profiles)
  sync (--all | --course ID ...) [--parallel N] [--limit-rate RATE] [--json]
       [--window HH:MM-HH:MM] [--report FILE]
                                    download courses to this computer, until done;
                                    N files at once, at most RATE bytes/s (500k, 2M)
                                    only in those hours (waits, stops and carries
                                    on), writing a JSON report to FILE
  profiles list [--json]            list the learners of this library
  profiles add NAME [--json]        add a learner (signs in with --profile NAME login)
  profiles remove NAME|ID [--discard-unsent] [--json]
                                    remove a learner, their progress and sign-in

--profile NAME|ID runs the command as that learner (their sign-in, progress and
uploads); without it, the library&apos;s first learner.

The library lives in the folder given by --data-dir, else CLIKC_DATA_DIR, else the
application&apos;s data folder.
</source>
        <translation>  login --site URL --username NOM [--password-stdin] [--allow-http]
                                    se connecter à un site CLiKC! (le mot de passe
                                    n’est jamais conservé)
  logout                            se déconnecter et supprimer le jeton de connexion
  courses [--json]                  lister vos cours, actualisés depuis le site
  status [--json]                   afficher la connexion, la bibliothèque
                                    et les envois en attente
  upload [--all-profiles] [--json]  envoyer au site la progression enregistrée hors ligne
                                    (de chaque apprenant avec --all-profiles)
  sync (--all | --course ID ...) [--parallel N] [--limit-rate DÉBIT] [--json]
       [--window HH:MM-HH:MM] [--report FICHIER]
                                    télécharger des cours sur cet ordinateur, jusqu’au bout&#xa0;;
                                    N fichiers à la fois, au plus DÉBIT octets/s (500k, 2M)
                                    seulement pendant ces heures (attend, s’arrête,
                                    reprend), avec un rapport JSON dans FICHIER
  profiles list [--json]            lister les apprenants de cette bibliothèque
  profiles add NOM [--json]         ajouter un apprenant (connexion : --profile NOM login)
  profiles remove NOM|ID [--discard-unsent] [--json]
                                    retirer un apprenant, sa progression et sa connexion

--profile NOM|ID exécute la commande pour cet apprenant (sa connexion, sa progression
et ses envois) ; sans cette option, le premier apprenant de la bibliothèque.

La bibliothèque se trouve dans le dossier indiqué par --data-dir, à défaut CLIKC_DATA_DIR,
à défaut le dossier de données de l’application.
</translation>
    </message>
    <message>
        <source>Checked %1, %2 (%3).</source>
        <extracomment>&quot;Checked 2 courses, 14 files (265.2 kB).&quot;</extracomment>
        <translation>Vérifié&#xa0;: %1, %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n cours</numerusform>
            <numerusform>%n cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: this mirror says it was signed by “%1”, but with a key this library has not trusted for that name (fingerprint %2). It may not come from them. Import it only if they confirm they have a new key: then run the command again with --trust-signer.</source>
        <translation>Attention&#xa0;: ce miroir dit être signé par «&#xa0;%1&#xa0;», mais avec une clé que cette bibliothèque n’a pas approuvée pour ce nom (empreinte %2). Il ne vient peut-être pas de cette personne. Ne l’importez que si elle confirme avoir une nouvelle clé&#xa0;; relancez alors la commande avec --trust-signer.</translation>
    </message>
    <message>
        <source>This mirror is signed by “%1” (fingerprint %2), whom this library has not trusted before. Check the fingerprint with them, then run the command again with --trust-signer.</source>
        <translation>Ce miroir est signé par «&#xa0;%1&#xa0;» (empreinte %2), que cette bibliothèque n’a encore jamais approuvé. Vérifiez l’empreinte avec cette personne, puis relancez la commande avec --trust-signer.</translation>
    </message>
    <message>
        <source>Signed by %1 (fingerprint %2).</source>
        <translation>Signé par %1 (empreinte %2).</translation>
    </message>
    <message>
        <source>This mirror is not signed: where it comes from cannot be checked.</source>
        <translation>Ce miroir n’est pas signé&#xa0;: sa provenance ne peut pas être vérifiée.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so this export is not signed.</source>
        <translation>Le trousseau du système n’est pas disponible&#xa0;; cet export n’est donc pas signé.</translation>
    </message>
    <message>
        <source>Usage: clikc [--data-dir DIR] [--profile NAME|ID] COMMAND

Commands:
  library list [--json]             list the courses on this computer
  library verify [--json]           re-check every stored file; set aside damaged ones
  library import FOLDER [--course ID ...] [--trust-signer] [--json]
                                    import courses from a CLiKC! mirror (a signer
                                    not trusted yet needs --trust-signer)
</source>
        <translation>Utilisation&#xa0;: clikc [--data-dir DOSSIER] [--profile NOM|ID] COMMANDE

Commandes&#xa0;:
  library list [--json]             afficher la liste des cours présents sur cet ordinateur
  library verify [--json]           revérifier chaque fichier stocké&#xa0;;
                                    mettre de côté ceux qui sont endommagés
  library import DOSSIER [--course ID ...] [--trust-signer] [--json]
                                    importer des cours depuis un miroir CLiKC!
                                    (un signataire pas encore approuvé demande
                                    --trust-signer)
</translation>
    </message>
    <message>
        <source>  mirror export FOLDER [--course ID ...] [--signer NAME] [--json]
                                    write courses to a folder or USB drive as a
                                    mirror (all that are entirely on this computer)
  mirror verify FOLDER [--json]     re-check every file of a mirror
</source>
        <translation>  mirror export DOSSIER [--course ID ...] [--signer NOM] [--json]
                                    écrire des cours dans un dossier ou sur une clé USB
                                    sous forme de miroir (tous ceux qui sont entièrement
                                    sur cet ordinateur)
  mirror verify DOSSIER [--json]    revérifier chaque fichier d’un miroir
</translation>
    </message>
    <message>
        <source>No course source: add one with clikc sources add ADDRESS|FOLDER.</source>
        <translation>Aucune source de cours&#xa0;: ajoutez-en une avec clikc sources add ADRESSE|DOSSIER.</translation>
    </message>
    <message>
        <source>(signed by %1)</source>
        <translation>(signé par %1)</translation>
    </message>
    <message>
        <source>Course source added: %1.</source>
        <translation>Source de cours ajoutée&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) listed (%1); clikc sync --all downloads them.</source>
        <translation>
            <numerusform>%n cours proposé (%1)&#xa0;; clikc sync --all le télécharge.</numerusform>
            <numerusform>%n cours proposés (%1)&#xa0;; clikc sync --all les télécharge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Course source removed: %1. Its courses stay in the library.</source>
        <translation>Source de cours retirée&#xa0;: %1. Ses cours restent dans la bibliothèque.</translation>
    </message>
    <message>
        <source>No course source %1 in this library (see clikc sources list).</source>
        <translation>Aucune source de cours %1 dans cette bibliothèque (voir clikc sources list).</translation>
    </message>
    <message>
        <source>Carrying on with the course sources only.</source>
        <translation>Poursuite avec les sources de cours seulement.</translation>
    </message>
    <message>
        <source>  sources list [--json]             list the course sources (mirrors on the LAN)
  sources add URL|FOLDER [--allow-http] [--trust-signer] [--json]
                                    add a mirror on a web server or in a folder as
                                    a course source; sync downloads from it
  sources remove ID|URL|FOLDER [--json]
                                    stop using a course source (its courses stay)
</source>
        <translation>  sources list [--json]             lister les sources de cours (miroirs du réseau local)
  sources add URL|DOSSIER [--allow-http] [--trust-signer] [--json]
                                    ajouter comme source de cours un miroir sur un
                                    serveur web ou dans un dossier&#xa0;; sync y télécharge
  sources remove ID|URL|DOSSIER [--json]
                                    ne plus utiliser une source (ses cours restent)
</translation>
    </message>
    <message>
        <source>Outside the hours %1: waiting until %2.</source>
        <translation>En dehors des heures %1&#xa0;: attente jusqu’à %2.</translation>
    </message>
    <message>
        <source>The hours %1 are over: the downloads stop until they start again.</source>
        <translation>Les heures %1 sont passées&#xa0;: les téléchargements s’arrêtent jusqu’à leur retour.</translation>
    </message>
    <message numerus="yes">
        <source>Sync: %n file(s) arrived (%1), %2 failed, %3 of %4 courses complete; %5, %6 of it waiting for the hours.</source>
        <extracomment>The one line an unattended sync ends with: &quot;Sync: 12 files arrived (340 MB), 0 failed, 3 courses complete of 3; 1 h 02 min, 20 min of it waiting for the hours.&quot;</extracomment>
        <translation>
            <numerusform>Synchronisation&#xa0;: %n fichier arrivé (%1), %2 en échec, %3 cours complets sur %4&#xa0;; %5, dont %6 d’attente des heures.</numerusform>
            <numerusform>Synchronisation&#xa0;: %n fichiers arrivés (%1), %2 en échec, %3 cours complets sur %4&#xa0;; %5, dont %6 d’attente des heures.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Le rapport n’a pas pu être écrit dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>  courses --site-catalogue [--search WORDS] [--category ID] [--json]
                                    list every course of the site your account
                                    may see, enrolled or not
  courses (--add ID | --enrol ID | --drop ID) ... [--json]
                                    take a course into your library without
                                    enrolling, enrol yourself where the course
                                    offers it, or drop a course you took
</source>
        <translation>  courses --site-catalogue [--search MOTS] [--category ID] [--json]
                                    lister tous les cours du site que votre compte
                                    peut voir, inscrit ou non
  courses (--add ID | --enrol ID | --drop ID) ... [--json]
                                    ajouter un cours à votre bibliothèque sans vous
                                    inscrire, vous inscrire là où le cours le
                                    permet, ou retirer un cours ajouté
</translation>
    </message>
    <message>
        <source>The site&apos;s catalogue has no course here.</source>
        <translation>Le catalogue du site n’a aucun cours ici.</translation>
    </message>
    <message>
        <source>No course of the site matches “%1”.</source>
        <translation>Aucun cours du site ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom abrégé</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1 of %2 courses that match are shown; search with more words to see the others.</source>
        <translation>%1 des %2 cours qui correspondent sont affichés&#xa0;; ajoutez des mots à la recherche pour voir les autres.</translation>
    </message>
    <message>
        <source>clikc courses --add ID takes a course into your library without enrolling; --enrol ID enrols you where the course offers self-enrolment.</source>
        <translation>clikc courses --add ID ajoute un cours à votre bibliothèque sans vous inscrire&#xa0;; --enrol ID vous inscrit là où le cours propose l’inscription libre.</translation>
    </message>
    <message>
        <source>The site&apos;s catalogue has no course “%1” (see clikc courses --site-catalogue).</source>
        <translation>Le catalogue du site n’a pas de cours «&#xa0;%1&#xa0;» (voir clikc courses --site-catalogue).</translation>
    </message>
    <message>
        <source>%1 is already one of your courses.</source>
        <translation>%1 fait déjà partie de vos cours.</translation>
    </message>
    <message>
        <source>%1 is in your library without enrolment; clikc sync downloads it.</source>
        <translation>%1 est dans votre bibliothèque sans inscription&#xa0;; clikc sync le télécharge.</translation>
    </message>
    <message>
        <source>You are already enrolled in %1.</source>
        <translation>Vous êtes déjà inscrit à %1.</translation>
    </message>
    <message>
        <source>You are enrolled in %1; clikc sync downloads it.</source>
        <translation>Vous êtes inscrit à %1&#xa0;; clikc sync le télécharge.</translation>
    </message>
    <message>
        <source>%1 is no longer among your courses; what it holds on this computer stays until the space is needed.</source>
        <translation>%1 ne fait plus partie de vos cours&#xa0;; ce qu’il occupe sur cet ordinateur reste jusqu’à ce que la place soit nécessaire.</translation>
    </message>
</context>
<context>
    <name>ConnectorError</name>
    <message>
        <source>“%1” is not a web address. Enter the address of your CLiKC! site, for example https://clikc.wcoomd.org.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web. Saisissez l’adresse de votre site CLiKC!, par exemple https://clikc.wcoomd.org.</translation>
    </message>
    <message>
        <source>The site %1 does not use a secure connection (https). Your password would travel unprotected, so the application refuses to connect.</source>
        <translation>Le site %1 n’utilise pas de connexion sécurisée (https). Votre mot de passe circulerait sans protection&#xa0;; l’application refuse donc de se connecter.</translation>
    </message>
    <message>
        <source>No CLiKC! site answered at this address. Check the address of the site.</source>
        <translation>Aucun site CLiKC! n’a répondu à cette adresse. Vérifiez l’adresse du site.</translation>
    </message>
    <message>
        <source>The username or password is wrong. Check them and try again.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to continue; nothing you did is lost.</source>
        <translation>Votre connexion a expiré. Reconnectez-vous pour continuer&#xa0;; rien de ce que vous avez fait n’est perdu.</translation>
    </message>
    <message>
        <source>This site does not allow the CLiKC! application to connect. Ask the site&apos;s administrator to enable mobile web services.</source>
        <translation>Ce site n’autorise pas l’application CLiKC! à se connecter. Demandez à l’administrateur du site d’activer les services web pour appareils mobiles.</translation>
    </message>
    <message>
        <source>This site does not offer everything the application needs (missing: %1). Ask the site&apos;s administrator to update the mobile service.</source>
        <translation>Ce site ne propose pas tout ce dont l’application a besoin (manquant&#xa0;: %1). Demandez à l’administrateur du site de mettre à jour le service mobile.</translation>
    </message>
    <message>
        <source>This site does not allow files to be downloaded to the application. Ask the site&apos;s administrator to allow file downloads for the mobile service.</source>
        <translation>Ce site ne permet pas de télécharger des fichiers dans l’application. Demandez à l’administrateur du site d’autoriser le téléchargement de fichiers pour le service mobile.</translation>
    </message>
    <message>
        <source>You are not allowed to see this. You may no longer be enrolled in the course.</source>
        <translation>Vous n’avez pas l’autorisation de voir ce contenu. Votre inscription au cours a peut-être pris fin.</translation>
    </message>
    <message>
        <source>This course or activity no longer exists on the site.</source>
        <translation>Ce cours ou cette activité n’existe plus sur le site.</translation>
    </message>
    <message>
        <source>The site is under maintenance. Try again later.</source>
        <translation>Le site est en maintenance. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The site reported an error: %1</source>
        <translation>Le site a signalé une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The site sent an answer that cannot be read. Try again later; if it goes on, tell the site&apos;s administrator.</source>
        <translation>Le site a envoyé une réponse illisible. Réessayez plus tard&#xa0;; si le problème persiste, prévenez l’administrateur du site.</translation>
    </message>
    <message>
        <source>The site answered with an error (HTTP %1). Try again later.</source>
        <translation>Le site a répondu par une erreur (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The site did not answer in time. The connection may be slow or down; the application will try again.</source>
        <translation>Le site n’a pas répondu à temps. La connexion est peut-être lente ou interrompue&#xa0;; l’application va réessayer.</translation>
    </message>
    <message>
        <source>The site cannot be reached (%1). Check the connection; you can keep studying what is on this computer.</source>
        <translation>Le site est inaccessible (%1). Vérifiez la connexion&#xa0;; vous pouvez continuer à étudier ce qui se trouve sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The site&apos;s secure connection cannot be trusted (%1). Check the computer&apos;s date and time, or ask the site&apos;s administrator.</source>
        <translation>La connexion sécurisée du site n’est pas digne de confiance (%1). Vérifiez la date et l’heure de l’ordinateur, ou adressez-vous à l’administrateur du site.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The site %1 does not answer over a secure connection (https), only over an unencrypted one (http), where your password would travel unprotected.</source>
        <translation>Le site %1 ne répond pas par une connexion sécurisée (https), seulement par une connexion non chiffrée (http), où votre mot de passe circulerait sans protection.</translation>
    </message>
    <message>
        <source>The site sent the request on to another address (%1), on another site or without a secure connection. It was not followed, so that your password and sign-in stay with the site.</source>
        <translation>Le site a renvoyé la demande vers une autre adresse (%1), sur un autre site ou sans connexion sécurisée. Elle n’a pas été suivie, afin que votre mot de passe et votre connexion restent auprès du site.</translation>
    </message>
    <message>
        <source>The site did not let you enrol yourself in this course: %1</source>
        <translation>Le site ne vous a pas laissé vous inscrire à ce cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>it offers no self-enrolment now.</source>
        <translation>il ne propose pas d’inscription libre en ce moment.</translation>
    </message>
</context>
<context>
    <name>DownloadError</name>
    <message>
        <source>There is not enough free disk space for this file (%1 needed). Free some space, then choose Resume.</source>
        <translation>L’espace disque disponible est insuffisant pour ce fichier (%1 nécessaires). Libérez de l’espace, puis choisissez Reprendre.</translation>
    </message>
    <message>
        <source>The file could not be written to this computer (%1). Check that the library&apos;s folder can be written to, then choose Resume.</source>
        <translation>Le fichier n’a pas pu être écrit sur cet ordinateur (%1). Vérifiez que le dossier de la bibliothèque est accessible en écriture, puis choisissez Reprendre.</translation>
    </message>
    <message>
        <source>The downloaded file could not be moved into the library (%1). Check that the library&apos;s folder can be written to, then choose Resume.</source>
        <translation>Le fichier téléchargé n’a pas pu être placé dans la bibliothèque (%1). Vérifiez que le dossier de la bibliothèque est accessible en écriture, puis choisissez Reprendre.</translation>
    </message>
    <message>
        <source>The library could not record the downloaded file. Check that the library&apos;s folder can be written to, then choose Resume.</source>
        <translation>La bibliothèque n’a pas pu enregistrer le fichier téléchargé. Vérifiez que le dossier de la bibliothèque est accessible en écriture, puis choisissez Reprendre.</translation>
    </message>
    <message>
        <source>The file arrived damaged several times (its checksum does not match the site&apos;s). The damaged copies were thrown away.</source>
        <translation>Le fichier est arrivé endommagé à plusieurs reprises (sa somme de contrôle ne correspond pas à celle du site). Les copies endommagées ont été supprimées.</translation>
    </message>
    <message>
        <source>The site lists this file at another site (%1). It is not downloaded from there, so that your sign-in stays with your site.</source>
        <translation>Le site indique ce fichier sur un autre site (%1). Il n’est pas téléchargé depuis celui-ci, afin que votre connexion reste auprès de votre site.</translation>
    </message>
    <message>
        <source>The course source in %1 does not hold this file, or it cannot be read there (a link, or not an ordinary file). Check that the folder holds the whole mirror, then choose Resume.</source>
        <translation>La source de cours dans %1 ne contient pas ce fichier, ou il ne peut pas y être lu (un lien, ou pas un fichier ordinaire). Vérifiez que le dossier contient tout le miroir, puis choisissez Reprendre.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1&#xa0;min %2&#xa0;s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <extracomment>A date and time as QDateTime::toString() reads it: d day, MMM short month name, yyyy year, HH:mm 24-hour clock; text in single quotes is kept as it is.</extracomment>
        <translation>d MMM yyyy &apos;à&apos; HH:mm</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Interactive lesson</source>
        <translation>Leçon interactive</translation>
    </message>
    <message>
        <source>Web link</source>
        <translation>Lien web</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Livre</translation>
    </message>
    <message>
        <source>Online activity</source>
        <translation>Activité en ligne</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>Partly on this computer</source>
        <translation>En partie sur cet ordinateur</translation>
    </message>
    <message>
        <source>Not on this computer</source>
        <translation>Pas sur cet ordinateur</translation>
    </message>
    <message>
        <source>Needs a connection</source>
        <translation>Connexion nécessaire</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Non terminée</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement en cours</translation>
    </message>
    <message>
        <source>Some files failed to download</source>
        <translation>Certains fichiers n’ont pas pu être téléchargés</translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>Mise à jour disponible</translation>
    </message>
    <message>
        <source>On the site only</source>
        <translation>Sur le site uniquement</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Échec du téléchargement</translation>
    </message>
    <message>
        <source>Partly downloaded</source>
        <translation>Téléchargée en partie</translation>
    </message>
    <message>
        <source>Opened the course</source>
        <translation>Cours ouvert</translation>
    </message>
    <message>
        <source>Opened the activity</source>
        <translation>Activité ouverte</translation>
    </message>
    <message>
        <source>Marked as complete</source>
        <translation>Marquée comme terminée</translation>
    </message>
    <message>
        <source>Marked as not complete</source>
        <translation>Marquée comme non terminée</translation>
    </message>
    <message>
        <source>Lesson results (attempt %1)</source>
        <translation>Résultats de la leçon (tentative %1)</translation>
    </message>
    <message>
        <source>Changed on the site after your change on this computer; the site&apos;s state was kept.</source>
        <translation>Modifiée sur le site après votre modification sur cet ordinateur&#xa0;; l’état du site a été conservé.</translation>
    </message>
    <message>
        <source>The site no longer lets you mark this activity as complete yourself.</source>
        <translation>Le site ne vous permet plus de marquer vous-même cette activité comme terminée.</translation>
    </message>
    <message>
        <source>This activity no longer exists on the site.</source>
        <translation>Cette activité n’existe plus sur le site.</translation>
    </message>
    <message>
        <source>The site does not allow this for your account.</source>
        <translation>Le site ne l’autorise pas pour votre compte.</translation>
    </message>
    <message>
        <source>The site did not accept it (%1).</source>
        <translation>Le site l’a refusée (%1).</translation>
    </message>
    <message>
        <source>The site did not accept it: %1</source>
        <extracomment>%1 is the site&apos;s own message, in the site&apos;s language.</extracomment>
        <translation>Le site l’a refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Non réussi</translation>
    </message>
    <message>
        <source>%1 · %2%</source>
        <extracomment>A lesson&apos;s result and score, e.g. &quot;Passed · 85%&quot;.</extracomment>
        <translation>%1 · %2&#xa0;%</translation>
    </message>
    <message>
        <source>The site does not track completion for this course.</source>
        <translation>Le site ne suit pas l’achèvement de ce cours.</translation>
    </message>
    <message numerus="yes">
        <source>The site does not track completion for this course; you finished %n activity(s) here (lessons passed or completed, videos watched).</source>
        <translation>
            <numerusform>Le site ne suit pas l’achèvement de ce cours ; vous avez terminé %n activité ici (leçons réussies ou terminées, vidéos regardées).</numerusform>
            <numerusform>Le site ne suit pas l’achèvement de ce cours ; vous avez terminé %n activités ici (leçons réussies ou terminées, vidéos regardées).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryError</name>
    <message>
        <source>This course or activity is no longer in the library.</source>
        <translation>Ce cours ou cette activité n’est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>This lesson is not on this computer yet: download it first.</source>
        <translation>Cette leçon n’est pas encore sur cet ordinateur&#xa0;: téléchargez-la d’abord.</translation>
    </message>
    <message>
        <source>This activity is completed by the site, not by ticking it here.</source>
        <translation>Cette activité est achevée par le site, pas en la cochant ici.</translation>
    </message>
    <message>
        <source>The library could not be written. Check that its folder can be written to and that the disk is not full.</source>
        <translation>La bibliothèque n’a pas pu être enregistrée. Vérifiez que son dossier est accessible en écriture et que le disque n’est pas plein.</translation>
    </message>
    <message>
        <source>There is not enough free disk space for this. Free some space, then try again.</source>
        <translation>L’espace disque disponible est insuffisant. Libérez de l’espace, puis réessayez.</translation>
    </message>
    <message>
        <source>The lesson could not be unpacked: the disk is full or cannot be written.</source>
        <translation>La leçon n’a pas pu être décompressée&#xa0;: le disque est plein ou protégé en écriture.</translation>
    </message>
    <message>
        <source>The library&apos;s folder cannot be written to. Check its permissions, or that the drive it is on is not read-only.</source>
        <translation>Le dossier de la bibliothèque n’est pas accessible en écriture. Vérifiez ses autorisations, ou que le disque qui le contient n’est pas en lecture seule.</translation>
    </message>
    <message>
        <source>Another program is using the library. Close any other copy of CLiKC! Desktop or the command line, then try again.</source>
        <translation>Un autre programme utilise la bibliothèque. Fermez toute autre copie de CLiKC! Desktop ou de la ligne de commande, puis réessayez.</translation>
    </message>
    <message>
        <source>The library&apos;s database is damaged. Keep a copy of the library folder and ask your coordinator for help; nothing more was written to it.</source>
        <translation>La base de données de la bibliothèque est endommagée. Gardez une copie du dossier de la bibliothèque et demandez de l’aide à votre coordinateur ; rien de plus n’y a été écrit.</translation>
    </message>
    <message>
        <source>A learner&apos;s name needs 1 to 64 characters.</source>
        <translation>Le nom d’un apprenant doit compter de 1 à 64 caractères.</translation>
    </message>
    <message>
        <source>There is already a learner called %1 on this computer.</source>
        <translation>Il y a déjà un apprenant nommé %1 sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This is the only learner of the library: it cannot be removed.</source>
        <translation>C’est le seul apprenant de la bibliothèque : il ne peut pas être retiré.</translation>
    </message>
    <message>
        <source>A PIN or passphrase needs at least %1 and at most %2 characters.</source>
        <translation>Un code PIN ou une phrase secrète doit compter au moins %1 et au plus %2 caractères.</translation>
    </message>
</context>
<context>
    <name>MirrorError</name>
    <message>
        <source>This folder is not a CLiKC! mirror: it has no catalogue.json.</source>
        <translation>Ce dossier n’est pas un miroir CLiKC!&#xa0;: il ne contient pas de fichier catalogue.json.</translation>
    </message>
    <message>
        <source>The mirror&apos;s catalogue is damaged and cannot be read.</source>
        <translation>Le catalogue du miroir est endommagé et ne peut pas être lu.</translation>
    </message>
    <message>
        <source>This folder does not hold a CLiKC! mirror.</source>
        <translation>Aucun miroir CLiKC! n’a été trouvé dans ce dossier.</translation>
    </message>
    <message>
        <source>This mirror was written by a newer version of CLiKC! Desktop (format %1). Update the application to import it.</source>
        <translation>Ce miroir a été créé par une version plus récente de CLiKC! Desktop (format %1). Mettez à jour l’application pour l’importer.</translation>
    </message>
    <message>
        <source>The course “%1” is not in this mirror.</source>
        <translation>Le cours «&#xa0;%1&#xa0;» ne figure pas dans ce miroir.</translation>
    </message>
    <message>
        <source>The description of the course “%1” is missing from the mirror.</source>
        <translation>La description du cours «&#xa0;%1&#xa0;» est absente du miroir.</translation>
    </message>
    <message>
        <source>The description of the course “%1” has been changed or damaged since the mirror was made.</source>
        <translation>La description du cours «&#xa0;%1&#xa0;» a été modifiée ou endommagée depuis la création du miroir.</translation>
    </message>
    <message>
        <source>The description of the course “%1” is damaged and cannot be read.</source>
        <translation>La description du cours «&#xa0;%1&#xa0;» est endommagée et ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The mirror names a file outside its own folder (“%1”) and was refused.</source>
        <translation>Le miroir désigne un fichier situé hors de son propre dossier («&#xa0;%1&#xa0;»)&#xa0;; il a été refusé.</translation>
    </message>
    <message>
        <source>The file “%1” is missing from the mirror.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est absent du miroir.</translation>
    </message>
    <message>
        <source>The file “%1” in the mirror does not have the expected size; it may be truncated.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» du miroir n’a pas la taille attendue&#xa0;; il est peut-être tronqué.</translation>
    </message>
    <message>
        <source>The file “%1” in the mirror has been changed or damaged since the mirror was made.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» du miroir a été modifié ou endommagé depuis la création du miroir.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to import the course “%1”.</source>
        <translation>L’espace disque disponible est insuffisant pour importer le cours «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The course “%1” could not be written to the library.</source>
        <translation>Le cours «&#xa0;%1&#xa0;» n’a pas pu être enregistré dans la bibliothèque.</translation>
    </message>
    <message>
        <source>The library database could not be updated.</source>
        <translation>La base de données de la bibliothèque n’a pas pu être mise à jour.</translation>
    </message>
    <message>
        <source>The course “%1” cannot be imported: its activity “%2” is to complete itself (“automatic”), which only a SCORM lesson can do.</source>
        <translation>Le cours «&#xa0;%1&#xa0;» ne peut pas être importé&#xa0;: son activité «&#xa0;%2&#xa0;» doit se terminer d’elle-même («&#xa0;automatic&#xa0;»), ce que seule une leçon SCORM peut faire.</translation>
    </message>
    <message>
        <source>The course “%1” cannot be imported: its activity “%2” has a completion rule this version of CLiKC! Desktop does not know (“%3”).</source>
        <translation>Le cours «&#xa0;%1&#xa0;» ne peut pas être importé&#xa0;: son activité «&#xa0;%2&#xa0;» se termine selon une règle que cette version de CLiKC! Desktop ne connaît pas («&#xa0;%3&#xa0;»).</translation>
    </message>
    <message>
        <source>“%1” in the mirror is not an ordinary file (it is a link, a device or a folder) and was refused.</source>
        <translation>«&#xa0;%1&#xa0;» dans le miroir n’est pas un fichier ordinaire (c’est un lien, un périphérique ou un dossier)&#xa0;; il a été refusé.</translation>
    </message>
    <message>
        <source>The folder “%1” already holds other files. Choose an empty folder, or one that holds a CLiKC! mirror to bring up to date.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» contient déjà d’autres fichiers. Choisissez un dossier vide, ou un dossier qui contient un miroir CLiKC! à mettre à jour.</translation>
    </message>
    <message>
        <source>The courses cannot be written to “%1”: it is not a folder that can be written to.</source>
        <translation>Les cours ne peuvent pas être écrits dans «&#xa0;%1&#xa0;»&#xa0;: ce n’est pas un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>There is not enough free space in the chosen folder: the export needs %1 and %2 is free.</source>
        <translation>Il n’y a pas assez d’espace libre dans le dossier choisi&#xa0;: l’export a besoin de %1 et %2 est libre.</translation>
    </message>
    <message>
        <source>The course “%1” is not entirely on this computer, so it was not exported. Download it (or its updates) first.</source>
        <translation>Le cours «&#xa0;%1&#xa0;» n’est pas entièrement sur cet ordinateur&#xa0;; il n’a donc pas été exporté. Téléchargez-le (ou ses mises à jour) d’abord.</translation>
    </message>
    <message>
        <source>There is no course “%1” in this library.</source>
        <translation>Il n’y a pas de cours «&#xa0;%1&#xa0;» dans cette bibliothèque.</translation>
    </message>
    <message>
        <source>The file “%1” of the course “%2” is damaged on this computer, so the course was not exported. Check the library (File › Check the library, or clikc library verify) and download it again.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» du cours «&#xa0;%2&#xa0;» est endommagé sur cet ordinateur&#xa0;; le cours n’a donc pas été exporté. Vérifiez la bibliothèque (Fichier › Vérifier la bibliothèque, ou clikc library verify) et téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>Writing “%1” failed; the folder still holds its previous mirror. Check that the drive is connected and not full.</source>
        <translation>L’écriture de «&#xa0;%1&#xa0;» a échoué&#xa0;; le dossier contient toujours son miroir précédent. Vérifiez que le support est branché et n’est pas plein.</translation>
    </message>
    <message>
        <source>This mirror says it was signed by “%1”, but its signature does not match: it was changed after it was signed, or not signed by them. Nothing was imported.</source>
        <translation>Ce miroir dit être signé par «&#xa0;%1&#xa0;», mais sa signature ne correspond pas&#xa0;: il a été modifié après avoir été signé, ou n’a pas été signé par cette personne. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The mirror changed while it was being imported: it is no longer signed by the signer you confirmed. Nothing was imported.</source>
        <translation>Le miroir a changé pendant l’import&#xa0;: il n’est plus signé par la personne que vous avez approuvée. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The course source at %1 could not be reached (%2). Check that the server or shared folder is on and that this computer is on its network.</source>
        <translation>La source de cours à l’adresse %1 est injoignable (%2). Vérifiez que le serveur ou le dossier partagé est allumé et que cet ordinateur est sur son réseau.</translation>
    </message>
    <message>
        <source>The course source at %1 was refused: it is not on this computer and not over HTTPS, or it sent the request elsewhere. Use its https:// address, or allow plain HTTP for a mirror on your own network.</source>
        <translation>La source de cours à l’adresse %1 a été refusée&#xa0;: elle n’est pas sur cet ordinateur ni en HTTPS, ou elle a renvoyé la demande ailleurs. Utilisez son adresse https://, ou autorisez le HTTP simple pour un miroir de votre propre réseau.</translation>
    </message>
    <message>
        <source>The course source at %1 sent more than a mirror&apos;s description can hold, and was refused.</source>
        <translation>La source de cours à l’adresse %1 a envoyé plus que ce que peut contenir la description d’un miroir, et a été refusée.</translation>
    </message>
    <message>
        <source>The course source at %1 is no longer signed by the signer it was added with. Its courses were not updated. If you trust the new signer, remove the source and add it again.</source>
        <translation>La source de cours à l’adresse %1 n’est plus signée par le signataire avec lequel elle a été ajoutée. Ses cours n’ont pas été mis à jour. Si vous faites confiance au nouveau signataire, retirez la source et ajoutez-la de nouveau.</translation>
    </message>
</context>
<context>
    <name>PackageError</name>
    <message>
        <source>The lesson package could not be opened.</source>
        <translation>Le paquet de la leçon n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>This lesson package is damaged and cannot be opened.</source>
        <translation>Ce paquet de leçon est endommagé et ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>This lesson package is damaged and cannot be opened (“%1”).</source>
        <translation>Ce paquet de leçon est endommagé et ne peut pas être ouvert («&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>This lesson package is protected by a password and cannot be opened (“%1”).</source>
        <translation>Ce paquet de leçon est protégé par un mot de passe et ne peut pas être ouvert («&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>This lesson package is unsafe: it names a file by an absolute path (“%1”).</source>
        <translation>Ce paquet de leçon n’est pas sûr&#xa0;: il désigne un fichier par un chemin absolu («&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>This lesson package is unsafe: it would write a file outside its own folder (“%1”).</source>
        <translation>Ce paquet de leçon n’est pas sûr&#xa0;: il écrirait un fichier hors de son propre dossier («&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>This lesson package contains a file whose name cannot be read (“%1”).</source>
        <translation>Ce paquet de leçon contient un fichier dont le nom est illisible («&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>This lesson package is unsafe: it contains a link (“%1”).</source>
        <translation>Ce paquet de leçon n’est pas sûr&#xa0;: il contient un lien («&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>This lesson package is unsafe: it contains a device or other special file (“%1”).</source>
        <translation>Ce paquet de leçon n’est pas sûr&#xa0;: il contient un fichier de périphérique ou un autre fichier spécial («&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>This lesson package contains too many files to be unpacked safely.</source>
        <translation>Ce paquet de leçon contient trop de fichiers pour être décompressé en toute sécurité.</translation>
    </message>
    <message>
        <source>This lesson package is too large to be unpacked (at “%1”).</source>
        <translation>Ce paquet de leçon est trop volumineux pour être décompressé (au niveau de «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>This lesson package is unsafe: it would unpack to far more data than it holds (at “%1”).</source>
        <translation>Ce paquet de leçon n’est pas sûr&#xa0;: sa décompression produirait bien plus de données qu’il n’en contient (au niveau de «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>This lesson package is damaged: the file “%1” is not the size it declares.</source>
        <translation>Ce paquet de leçon est endommagé&#xa0;: le fichier «&#xa0;%1&#xa0;» n’a pas la taille indiquée.</translation>
    </message>
    <message>
        <source>This lesson package contains the same file twice (“%1”).</source>
        <translation>Ce paquet de leçon contient deux fois le même fichier («&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>This is not a SCORM lesson package: it has no imsmanifest.xml at its top level.</source>
        <translation>Ce n’est pas un paquet de leçon SCORM&#xa0;: il ne contient pas de fichier imsmanifest.xml à sa racine.</translation>
    </message>
    <message>
        <source>This lesson package is damaged: its imsmanifest.xml is empty or cannot be read.</source>
        <translation>Ce paquet de leçon est endommagé&#xa0;: son fichier imsmanifest.xml est vide ou illisible.</translation>
    </message>
    <message>
        <source>The lesson could not be unpacked: its working folder is not usable.</source>
        <translation>La leçon n’a pas pu être décompressée&#xa0;: son dossier de travail est inutilisable.</translation>
    </message>
    <message>
        <source>Unpacking the lesson was cancelled.</source>
        <translation>La décompression de la leçon a été annulée.</translation>
    </message>
    <message>
        <source>The lesson could not be unpacked: writing “%1” to the disk failed (%2).</source>
        <extracomment>%2 is the system&apos;s reason, e.g. &quot;File name too long&quot; or &quot;No space left on device&quot;</extracomment>
        <translation>La leçon n’a pas pu être décompressée&#xa0;: l’écriture de «&#xa0;%1&#xa0;» sur le disque a échoué (%2).</translation>
    </message>
    <message>
        <source>the disk may be full or read-only</source>
        <translation>le disque est peut-être plein ou en lecture seule</translation>
    </message>
</context>
<context>
    <name>ScormManifestError</name>
    <message>
        <source>The lesson&apos;s description (imsmanifest.xml) cannot be read.</source>
        <translation>La description de la leçon (imsmanifest.xml) ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The lesson&apos;s description (imsmanifest.xml) is too large or too complex to be read.</source>
        <translation>La description de la leçon (imsmanifest.xml) est trop volumineuse ou trop complexe pour être lue.</translation>
    </message>
    <message>
        <source>The lesson&apos;s description (imsmanifest.xml) is damaged and cannot be read.</source>
        <translation>La description de la leçon (imsmanifest.xml) est endommagée et ne peut pas être lue.</translation>
    </message>
    <message>
        <source>This is not a SCORM lesson: its imsmanifest.xml does not describe a package.</source>
        <translation>Ce n’est pas une leçon SCORM&#xa0;: son fichier imsmanifest.xml ne décrit aucun paquet.</translation>
    </message>
    <message>
        <source>This lesson has nothing to open: its description lists no page or activity.</source>
        <translation>Cette leçon ne contient rien à ouvrir&#xa0;: sa description n’indique aucune page ni aucune activité.</translation>
    </message>
    <message>
        <source>The lesson&apos;s description refers to content that is not in the package (“%1”).</source>
        <translation>La description de la leçon fait référence à un contenu absent du paquet («&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>This lesson opens a page on the internet (“%1”), which cannot work offline.</source>
        <translation>Cette leçon ouvre une page sur Internet («&#xa0;%1&#xa0;»), ce qui ne peut pas fonctionner hors ligne.</translation>
    </message>
    <message>
        <source>This lesson package is unsafe: it refers to a file outside the package (“%1”).</source>
        <translation>Ce paquet de leçon n’est pas sûr&#xa0;: il fait référence à un fichier situé hors du paquet («&#xa0;%1&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <source>%1 of %2 (%3)</source>
        <extracomment>Downloaded so far, of the whole download, and the percentage: &quot;3.5 MB of 7.0 MB (50%)&quot;</extracomment>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>A transfer rate: &quot;1.2 MB/s&quot;</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <extracomment>The time the download should still take: &quot;about 3 min 20 s left&quot;</extracomment>
        <translation>encore environ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left</source>
        <translation>
            <numerusform>%n fichier restant</numerusform>
            <numerusform>%n fichiers restants</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished: %1 of %2 downloaded (%3).</source>
        <translation>Terminé&#xa0;: %1 sur %2 téléchargés (%3).</translation>
    </message>
    <message>
        <source>Nothing to download: the chosen courses are already on this computer.</source>
        <translation>Rien à télécharger&#xa0;: les cours choisis sont déjà sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>clikc::AccountService</name>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>You signed out of %1. Your courses and progress stay on this computer.</source>
        <translation>Vous vous êtes déconnecté de %1. Vos cours et votre progression restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Your sign-in to %1 as %2 has expired: the site no longer accepts it. Sign in again; nothing you did is lost.</source>
        <translation>Votre connexion à %1 en tant que %2 a expiré&#xa0;: le site ne l’accepte plus. Reconnectez-vous&#xa0;; rien de ce que vous avez fait n’est perdu.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain no longer holds the sign-in to %1 as %2. Sign in again; nothing you did is lost.</source>
        <translation>Le trousseau de clés de cet ordinateur ne contient plus la connexion à %1 en tant que %2. Reconnectez-vous&#xa0;; rien de ce que vous avez fait n’est perdu.</translation>
    </message>
</context>
<context>
    <name>clikc::AppContext</name>
    <message>
        <source>the clikc command</source>
        <translation>la commande clikc</translation>
    </message>
    <message>
        <source>another copy of CLiKC! Desktop</source>
        <translation>une autre instance de CLiKC! Desktop</translation>
    </message>
    <message>
        <source>This library is in use by %1 (process %2). Close it or let it finish, then try again.</source>
        <translation>Cette bibliothèque est utilisée par %1 (processus %2). Fermez ce programme ou attendez qu’il ait terminé, puis réessayez.</translation>
    </message>
    <message>
        <source>This library is in use by another program. Close it or let it finish, then try again.</source>
        <translation>Cette bibliothèque est utilisée par un autre programme. Fermez-le ou attendez qu’il ait terminé, puis réessayez.</translation>
    </message>
    <message>
        <source>The library folder cannot be written to.</source>
        <translation>Impossible d’écrire dans le dossier de la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>clikc::CatalogueDialog</name>
    <message>
        <source>The site&apos;s catalogue</source>
        <translation>Le catalogue du site</translation>
    </message>
    <message>
        <source>Every course of the site that your account may see. Add one to your library without enrolling (if your account may view it), or enrol yourself where the course offers it; it then downloads like your other courses.</source>
        <translation>Tous les cours du site que votre compte peut voir. Ajoutez-en un à votre bibliothèque sans vous inscrire (si votre compte peut le consulter), ou inscrivez-vous là où le cours le propose&#xa0;; il se télécharge ensuite comme vos autres cours.</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Recherche&#xa0;:</translation>
    </message>
    <message>
        <source>Words of the course&apos;s name or summary</source>
        <translation>Des mots du nom ou du résumé du cours</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Tr&amp;ouver</translation>
    </message>
    <message>
        <source>Courses of the site</source>
        <translation>Cours du site</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>&amp;Add to my library</source>
        <translation>&amp;Ajouter à ma bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Enrol me</source>
        <translation>M’&amp;inscrire</translation>
    </message>
    <message>
        <source>Re&amp;move from my library</source>
        <translation>Re&amp;tirer de ma bibliothèque</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Adding %1 to your library…</source>
        <translation>Ajout de %1 à votre bibliothèque…</translation>
    </message>
    <message>
        <source>Enrolling you in %1…</source>
        <translation>Inscription à %1…</translation>
    </message>
    <message>
        <source>Removing %1 from your library…</source>
        <translation>Retrait de %1 de votre bibliothèque…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is in your library; download it from My courses.</source>
        <translation>%1 est dans votre bibliothèque&#xa0;; téléchargez-le depuis Mes cours.</translation>
    </message>
    <message>
        <source>You are enrolled in %1; it is in your library.</source>
        <translation>Vous êtes inscrit à %1&#xa0;; il est dans votre bibliothèque.</translation>
    </message>
    <message>
        <source>%1 is no longer among your courses.</source>
        <translation>%1 ne fait plus partie de vos cours.</translation>
    </message>
    <message>
        <source>Reading the site&apos;s catalogue…</source>
        <translation>Lecture du catalogue du site…</translation>
    </message>
    <message>
        <source>No course matches “%1”.</source>
        <translation>Aucun cours ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 of %2 courses that match are shown; add words to find the others.</source>
        <translation>%1 des %2 cours qui correspondent sont affichés&#xa0;; ajoutez des mots pour trouver les autres.</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s).</source>
        <translation>
            <numerusform>%n cours.</numerusform>
            <numerusform>%n cours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clikc::CatalogueModel</name>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>In your library, not enrolled</source>
        <translation>Dans votre bibliothèque, non inscrit</translation>
    </message>
    <message>
        <source>Self-enrolment offered</source>
        <translation>Inscription libre proposée</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Non inscrit</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom abrégé</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>clikc::CourseModel</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation>Disponible hors ligne</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Achèvement</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Mark as complete</source>
        <translation>Marquer comme terminée</translation>
    </message>
    <message>
        <source>Tick it once you have finished this activity; the site learns of it the next time it can be reached.</source>
        <translation>Cochez cette case une fois l’activité terminée&#xa0;; le site en sera informé dès qu’il sera de nouveau accessible.</translation>
    </message>
    <message>
        <source>The site decides when this activity is complete.</source>
        <translation>C’est le site qui détermine quand cette activité est terminée.</translation>
    </message>
    <message>
        <source>Attempt %1. Open the lesson to continue or to start again.</source>
        <translation>Tentative %1. Ouvrez la leçon pour la poursuivre ou la recommencer.</translation>
    </message>
</context>
<context>
    <name>clikc::CoursePage</name>
    <message>
        <source>‹ My courses</source>
        <translation>‹ Mes cours</translation>
    </message>
    <message>
        <source>Back to the list of courses (Alt+Left)</source>
        <translation>Retour à la liste des cours (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Download activity</source>
        <translation>Télécharger l’activité</translation>
    </message>
    <message>
        <source>Download section</source>
        <translation>Télécharger la section</translation>
    </message>
    <message>
        <source>Download course</source>
        <translation>Télécharger le cours</translation>
    </message>
    <message>
        <source>Open in the browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>This activity needs a connection: it opens on the site</source>
        <translation>Cette activité nécessite une connexion&#xa0;: elle s’ouvre sur le site</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n activities completed</source>
        <translation>
            <numerusform>%1 sur %n activité terminée</numerusform>
            <numerusform>%1 sur %n activités terminées</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click an activity, or select it and press Enter, to study it. Space ticks it as complete.</source>
        <translation>Double-cliquez sur une activité, ou sélectionnez-la et appuyez sur Entrée, pour l’étudier. La barre d’espace la marque comme terminée.</translation>
    </message>
    <message>
        <source>&amp;Mark as complete</source>
        <translation>&amp;Marquer comme terminée</translation>
    </message>
    <message>
        <source>Tick it once you have finished this activity; the site learns of it the next time it can be reached.</source>
        <translation>Cochez-la une fois l’activité terminée ; le site en sera informé dès qu’il sera joignable.</translation>
    </message>
    <message>
        <source>Sections and activities</source>
        <translation>Sections et activités</translation>
    </message>
    <message>
        <source>Press Enter to open the selected activity and Space to mark it as complete</source>
        <translation>Appuyez sur Entrée pour ouvrir l’activité sélectionnée et sur Espace pour la marquer comme terminée</translation>
    </message>
</context>
<context>
    <name>clikc::DownloadsModel</name>
    <message>
        <source>Waiting for you to sign in again</source>
        <translation>En attente de votre reconnexion</translation>
    </message>
    <message>
        <source>Will try again: %1</source>
        <translation>Nouvelle tentative prévue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement en cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Where a file&apos;s bytes come from: the site&apos;s address, or a mirror on the local network</extracomment>
        <translation>Provenance</translation>
    </message>
</context>
<context>
    <name>clikc::DownloadsPage</name>
    <message>
        <source>‹ My courses</source>
        <translation>‹ Mes cours</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Nothing is being downloaded. Open a course and choose Download to take it offline.</source>
        <translation>Aucun téléchargement en cours. Ouvrez un cours et choisissez Télécharger pour le rendre disponible hors ligne.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Tout suspendre</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Tout reprendre</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Effacer les téléchargements terminés</translation>
    </message>
    <message>
        <source>&amp;Files at once:</source>
        <translation>Fichiers &amp;simultanés&#xa0;:</translation>
    </message>
    <message>
        <source>How many files download at the same time</source>
        <translation>Nombre de fichiers téléchargés en même temps</translation>
    </message>
    <message>
        <source>&amp;Limit download speed to</source>
        <translation>Limiter la &amp;vitesse de téléchargement à</translation>
    </message>
    <message>
        <source>Leave bandwidth for other work on a shared or slow link</source>
        <translation>Laisser de la bande passante pour d’autres usages sur une connexion partagée ou lente</translation>
    </message>
    <message>
        <source> kB/s</source>
        <extracomment>Unit after the download speed limit, as rates are written elsewhere (kB/s).</extracomment>
        <translation> ko/s</translation>
    </message>
    <message>
        <source>Download speed limit in kilobytes per second</source>
        <translation>Limite de vitesse de téléchargement en kilooctets par seconde</translation>
    </message>
    <message>
        <source>Files downloaded at once</source>
        <translation>Fichiers téléchargés simultanément</translation>
    </message>
    <message>
        <source>Back to the list of courses (Esc)</source>
        <translation>Retour à la liste des cours (Échap)</translation>
    </message>
    <message>
        <source>Download &amp;automatically between</source>
        <translation>Télécharger &amp;automatiquement entre</translation>
    </message>
    <message>
        <source>In these hours, every course not entirely on this computer is downloaded; outside them, downloads pause (a course you download yourself still goes at once)</source>
        <translation>Pendant ces heures, chaque cours qui n’est pas entièrement sur cet ordinateur est téléchargé&#xa0;; en dehors, les téléchargements sont en pause (un cours que vous téléchargez vous-même part tout de suite)</translation>
    </message>
    <message>
        <source>and</source>
        <extracomment>Between two hours: &quot;Download automatically between 22:00 and 06:00&quot;</extracomment>
        <translation>et</translation>
    </message>
    <message>
        <source>Download automatically from</source>
        <translation>Télécharger automatiquement à partir de</translation>
    </message>
    <message>
        <source>Download automatically until</source>
        <translation>Télécharger automatiquement jusqu’à</translation>
    </message>
    <message>
        <source>Downloading now, in these hours.</source>
        <translation>Téléchargement en cours, dans ces heures.</translation>
    </message>
    <message>
        <source>Downloads wait for these hours.</source>
        <translation>Les téléchargements attendent ces heures.</translation>
    </message>
</context>
<context>
    <name>clikc::ExportDialog</name>
    <message>
        <source>Export courses to a folder or USB drive</source>
        <translation>Exporter des cours vers un dossier ou une clé USB</translation>
    </message>
    <message>
        <source>The folder becomes a copy of the courses ticked below, which other computers import with no network (File › Import a mirror…). Exporting again into the same folder copies only what changed.</source>
        <translation>Le dossier devient une copie des cours cochés ci-dessous, que d’autres ordinateurs importent sans réseau (Fichier › Importer un miroir…). Exporter à nouveau dans le même dossier ne copie que ce qui a changé.</translation>
    </message>
    <message>
        <source>&amp;Courses:</source>
        <translation>&amp;Cours&#xa0;:</translation>
    </message>
    <message>
        <source>Courses to export</source>
        <translation>Cours à exporter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not entirely on this computer)</source>
        <translation>%1 (pas entièrement sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Aucun</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>An empty folder, or one that holds an earlier export</source>
        <translation>Un dossier vide, ou qui contient un export précédent</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the folder or the USB drive</source>
        <translation>Choisir le dossier ou la clé USB</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) chosen, %1.</source>
        <translation>
            <numerusform>%n cours choisi, %1.</numerusform>
            <numerusform>%n cours choisis, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 free in that folder: not enough unless part of it is there from an earlier export.</source>
        <translation>%1 libres dans ce dossier&#xa0;: pas assez, sauf si une partie s’y trouve déjà depuis un export précédent.</translation>
    </message>
    <message>
        <source>%1 free in that folder.</source>
        <translation>%1 libres dans ce dossier.</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>Préparation de l’export…</translation>
    </message>
    <message>
        <source>%1 of %2 copied (%3)</source>
        <translation>%1 sur %2 copiés (%3)</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>A transfer rate: &quot;1.2 MB/s&quot;</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <extracomment>The time the export should still take: &quot;about 3 min 20 s left&quot;</extracomment>
        <translation>environ %1 restantes</translation>
    </message>
    <message>
        <source>The export was stopped. The folder still holds its previous mirror, if it had one.</source>
        <translation>L’export a été arrêté. Le dossier contient toujours son miroir précédent, s’il en avait un.</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) exported to %1.</source>
        <translation>
            <numerusform>%n cours exporté vers %1.</numerusform>
            <numerusform>%n cours exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files: %1, %2, %3.</source>
        <extracomment>&quot;Files: 12 copied (1.2 GB), 3 already there, 2 no longer used removed.&quot;</extracomment>
        <translation>Fichiers&#xa0;: %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n copied (%1)</source>
        <translation>
            <numerusform>%n copié (%1)</numerusform>
            <numerusform>%n copiés (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n déjà présent</numerusform>
            <numerusform>%n déjà présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer used removed</source>
        <translation>
            <numerusform>%n devenu inutile supprimé</numerusform>
            <numerusform>%n devenus inutiles supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>Your name, as the people who import it will see it</source>
        <translation>Votre nom, tel que le verront les personnes qui l’importent</translation>
    </message>
    <message>
        <source>Looking for this computer&apos;s signing key…</source>
        <translation>Recherche de la clé de signature de cet ordinateur…</translation>
    </message>
    <message>
        <source>The system keychain is not available, so this export will not be signed: the people who import it cannot check who made it.</source>
        <translation>Le trousseau du système n’est pas disponible&#xa0;; cet export ne sera donc pas signé&#xa0;: les personnes qui l’importent ne pourront pas vérifier qui l’a fait.</translation>
    </message>
    <message>
        <source>Signed with this computer&apos;s key, fingerprint %1. Keep the same name, so that the people who import your exports recognise you.</source>
        <translation>Signé avec la clé de cet ordinateur, empreinte %1. Gardez le même nom, pour que les personnes qui importent vos exports vous reconnaissent.</translation>
    </message>
    <message>
        <source>Signed by %1.</source>
        <translation>Signé par %1.</translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation>Signé &amp;par&#xa0;:</translation>
    </message>
</context>
<context>
    <name>clikc::GuideDialog</name>
    <message>
        <source>Coordinator&apos;s guide</source>
        <translation>Guide du coordinateur</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>clikc::LearnerChooser</name>
    <message>
        <source>On this computer only</source>
        <translation>Sur cet ordinateur uniquement</translation>
    </message>
    <message>
        <source>Last used %1</source>
        <translation>Utilisé le %1</translation>
    </message>
    <message>
        <source>Not used yet</source>
        <translation>Pas encore utilisé</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to upload</source>
        <translation>
            <numerusform>%n action en attente d’envoi</numerusform>
            <numerusform>%n actions en attente d’envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>Asks for a PIN or passphrase</source>
        <translation>Demande un code PIN ou une phrase secrète</translation>
    </message>
    <message>
        <source>Opens without a PIN</source>
        <translation>S’ouvre sans code PIN</translation>
    </message>
    <message>
        <source>%1&apos;s &amp;PIN or passphrase:</source>
        <translation>&amp;Code PIN ou phrase secrète de %1&#xa0;:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message numerus="yes">
        <source>That PIN or passphrase is not right. Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Ce code PIN ou cette phrase secrète n’est pas correct. Attendez %n seconde avant de réessayer.</numerusform>
            <numerusform>Ce code PIN ou cette phrase secrète n’est pas correct. Attendez %n secondes avant de réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN or passphrase is not right.</source>
        <translation>Ce code PIN ou cette phrase secrète n’est pas correct.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries: wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Trop d’essais erronés&#xa0;: attendez %n seconde avant de réessayer.</numerusform>
            <numerusform>Trop d’essais erronés&#xa0;: attendez %n secondes avant de réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is studying?</source>
        <translation>Qui étudie&#xa0;?</translation>
    </message>
    <message>
        <source>Add a learner</source>
        <translation>Ajouter un apprenant</translation>
    </message>
    <message>
        <source>PIN or passphrase</source>
        <translation>Code PIN ou phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Learners without a PIN open with their tile: anyone at this computer can open them. To keep your progress to yourself, choose Account › Set a PIN or passphrase.</source>
        <translation>Les apprenants sans code PIN s’ouvrent d’un clic sur leur vignette&#xa0;: toute personne à cet ordinateur peut les ouvrir. Pour garder votre progression pour vous, choisissez Compte › Définir un code PIN ou une phrase secrète.</translation>
    </message>
    <message>
        <source>&amp;Workstation settings…</source>
        <translation>Réglages du &amp;poste de travail…</translation>
    </message>
</context>
<context>
    <name>clikc::LearnerDialog</name>
    <message>
        <source>Add a learner</source>
        <translation>Ajouter un apprenant</translation>
    </message>
    <message>
        <source>Each learner on this computer has their own courses, progress, language and sign-in. Nobody else sees them.</source>
        <translation>Chaque apprenant de cet ordinateur a ses propres cours, sa progression, sa langue et sa connexion. Personne d’autre ne les voit.</translation>
    </message>
    <message>
        <source>PIN or passphrase</source>
        <translation>Code PIN ou phrase secrète</translation>
    </message>
    <message>
        <source>Choose a new PIN or passphrase for this computer.</source>
        <translation>Choisissez un nouveau code PIN ou une nouvelle phrase secrète pour cet ordinateur.</translation>
    </message>
    <message>
        <source>Choose a PIN or passphrase for this computer, or leave both fields empty to open without one.</source>
        <translation>Choisissez un code PIN ou une phrase secrète pour cet ordinateur, ou laissez les deux champs vides pour ouvrir sans.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;PIN or passphrase:</source>
        <translation>&amp;Code PIN ou phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-le&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Optional: at least %n character(s). Without one, anyone at this computer can open this learner&apos;s courses and progress.</source>
        <translation>
            <numerusform>Facultatif&#xa0;: au moins %n caractère. Sans lui, toute personne à cet ordinateur peut ouvrir les cours et la progression de cet apprenant.</numerusform>
            <numerusform>Facultatif&#xa0;: au moins %n caractères. Sans lui, toute personne à cet ordinateur peut ouvrir les cours et la progression de cet apprenant.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>This computer requires a PIN or passphrase.</source>
        <translation>Cet ordinateur exige un code PIN ou une phrase secrète.</translation>
    </message>
    <message>
        <source>The two entries are not the same.</source>
        <translation>Les deux saisies ne sont pas identiques.</translation>
    </message>
    <message>
        <source>With a CLiKC! a&amp;ccount: sign in next, and the site gives the name</source>
        <translation>Avec un compte CLiKC!&#xa0;: connexion ensuite, et le &amp;site donne le nom</translation>
    </message>
    <message>
        <source>On this computer &amp;only: a name, for the sample course and mirrored courses</source>
        <translation>Sur cet ordinateur &amp;uniquement&#xa0;: un nom, pour le cours d’exemple et les cours des miroirs</translation>
    </message>
    <message>
        <source>New PIN for %1</source>
        <translation>Nouveau code PIN pour %1</translation>
    </message>
    <message>
        <source>A new PIN or passphrase for %1 on this computer. Give it to them yourself; once in, they can choose their own from the Account menu.</source>
        <translation>Un nouveau code PIN ou une nouvelle phrase secrète pour %1 sur cet ordinateur. Remettez-le-lui vous-même&#xa0;; une fois entré, l’apprenant peut choisir le sien dans le menu Compte.</translation>
    </message>
    <message>
        <source>A new PIN or passphrase for %1 on this computer, or leave both fields empty to let them open without one. Give it to them yourself; once in, they can choose their own from the Account menu.</source>
        <translation>Un nouveau code PIN ou une nouvelle phrase secrète pour %1 sur cet ordinateur, ou laissez les deux champs vides pour que l’apprenant ouvre sans. Remettez-le-lui vous-même&#xa0;; une fois entré, l’apprenant peut choisir le sien dans le menu Compte.</translation>
    </message>
    <message numerus="yes">
        <source>This computer requires a PIN or passphrase of at least %n character(s). It is checked on this computer only, and cannot be recovered: forgotten, the centre&apos;s manager gives a new one in Workstation settings.</source>
        <translation>
            <numerusform>Cet ordinateur exige un code PIN ou une phrase secrète d’au moins %n caractère. Il n’est vérifié que sur cet ordinateur et ne peut pas être récupéré&#xa0;: en cas d’oubli, le responsable du centre en donne un nouveau dans les Réglages du poste de travail.</numerusform>
            <numerusform>Cet ordinateur exige un code PIN ou une phrase secrète d’au moins %n caractères. Il n’est vérifié que sur cet ordinateur et ne peut pas être récupéré&#xa0;: en cas d’oubli, le responsable du centre en donne un nouveau dans les Réglages du poste de travail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clikc::LibraryModel</name>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 terminées</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>Taille sur le disque</translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation>Disponible hors ligne</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message numerus="yes">
        <source>Not tracked · %n done</source>
        <translation>
            <numerusform>Non suivi · %n terminée</numerusform>
            <numerusform>Non suivi · %n terminées</numerusform>
        </translation>
    </message>
    <message>
        <source>Not tracked</source>
        <translation>Non suivi</translation>
    </message>
</context>
<context>
    <name>clikc::LibraryPage</name>
    <message>
        <source>My courses</source>
        <translation>Mes cours</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation>Rechercher des cours</translation>
    </message>
    <message>
        <source>Show only the courses whose title contains this text</source>
        <translation>N’afficher que les cours dont le titre contient ce texte</translation>
    </message>
    <message>
        <source>Open course</source>
        <translation>Ouvrir le cours</translation>
    </message>
    <message>
        <source>Remove from this computer</source>
        <translation>Retirer de cet ordinateur</translation>
    </message>
    <message>
        <source>Free the disk space this course uses. Your progress is kept.</source>
        <translation>Libère l’espace disque utilisé par ce cours. Votre progression est conservée.</translation>
    </message>
    <message>
        <source>Put back on this computer</source>
        <translation>Remettre sur cet ordinateur</translation>
    </message>
    <message>
        <source>Opening your library…</source>
        <translation>Ouverture de votre bibliothèque…</translation>
    </message>
    <message>
        <source>No course selected</source>
        <translation>Aucun cours sélectionné</translation>
    </message>
    <message>
        <source>Remove course</source>
        <translation>Retirer le cours</translation>
    </message>
    <message>
        <source>Remove “%1” from this computer? Its files will be deleted; your progress is kept.</source>
        <translation>Retirer «&#xa0;%1&#xa0;» de cet ordinateur&#xa0;? Ses fichiers seront supprimés&#xa0;; votre progression sera conservée.</translation>
    </message>
    <message>
        <source>Could not put the course back</source>
        <translation>Impossible de remettre le cours sur cet ordinateur</translation>
    </message>
    <message>
        <source>Press Enter to open the selected course</source>
        <translation>Appuyez sur Entrée pour ouvrir le cours sélectionné</translation>
    </message>
    <message>
        <source>&lt;b&gt;Get your courses.&lt;/b&gt; Sign in to CLiKC! to download the courses you are enrolled in, or import courses from a USB drive or shared folder if there is no connection.</source>
        <translation>&lt;b&gt;Obtenez vos cours.&lt;/b&gt; Connectez-vous à CLiKC! pour télécharger les cours auxquels vous êtes inscrit, ou importez des cours depuis une clé USB ou un dossier partagé s’il n’y a pas de connexion.</translation>
    </message>
    <message>
        <source>&amp;Sign in to CLiKC!…</source>
        <translation>&amp;Se connecter à CLiKC!…</translation>
    </message>
    <message>
        <source>Import from a &amp;USB drive…</source>
        <translation>Importer depuis une clé &amp;USB…</translation>
    </message>
    <message>
        <source>There are no courses on this computer yet. Open a course from Account › Refresh my courses, or use File › Import a mirror to add courses from a USB drive or shared folder.</source>
        <translation>Il n’y a encore aucun cours sur cet ordinateur. Obtenez vos cours avec Compte › Actualiser mes cours, ou utilisez Fichier › Importer un miroir pour ajouter des cours depuis une clé USB ou un dossier partagé.</translation>
    </message>
    <message>
        <source>There are no courses on this computer yet. Sign in to CLiKC! to get your courses, or import them from a USB drive or shared folder.</source>
        <translation>Il n’y a encore aucun cours sur cet ordinateur. Connectez-vous à CLiKC! pour obtenir vos cours, ou importez-les depuis une clé USB ou un dossier partagé.</translation>
    </message>
    <message>
        <source>%1 · %2 on disk</source>
        <translation>%1 · %2 sur le disque</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 on disk · %3 of %n activity(s) completed</source>
        <translation>
            <numerusform>%1 · %2 sur le disque · %3 sur %n activité terminée</numerusform>
            <numerusform>%1 · %2 sur le disque · %3 sur %n activités terminées</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
</context>
<context>
    <name>clikc::MainWindow</name>
    <message>
        <source>CLiKC! Desktop</source>
        <translation>CLiKC! Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import a mirror…</source>
        <translation>&amp;Importer un miroir…</translation>
    </message>
    <message>
        <source>Add courses from a CLiKC! mirror on a USB drive or shared folder</source>
        <translation>Ajouter des cours depuis un miroir CLiKC! situé sur une clé USB ou dans un dossier partagé</translation>
    </message>
    <message>
        <source>&amp;Check the library</source>
        <translation>&amp;Vérifier la bibliothèque</translation>
    </message>
    <message>
        <source>Re-read every stored file and set aside any that is damaged</source>
        <translation>Relire chaque fichier stocké et mettre de côté ceux qui sont endommagés</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>My &amp;courses</source>
        <translation>Mes &amp;cours</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About CLiKC! Desktop</source>
        <translation>À &amp;propos de CLiKC! Desktop</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Importing courses</source>
        <translation>Importation des cours</translation>
    </message>
    <message>
        <source>Not available offline</source>
        <translation>Non disponible hors ligne</translation>
    </message>
    <message>
        <source>This activity cannot be opened without a connection.</source>
        <translation>Cette activité ne peut pas être ouverte sans connexion.</translation>
    </message>
    <message>
        <source>Working offline · no server set up</source>
        <translation>Travail hors ligne · aucun serveur configuré</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Vérification du serveur…</translation>
    </message>
    <message>
        <source>Server reachable</source>
        <translation>Serveur accessible</translation>
    </message>
    <message>
        <source>Server unreachable · working offline</source>
        <translation>Serveur inaccessible · travail hors ligne</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) · %1</source>
        <translation>
            <numerusform>%n cours · %1</numerusform>
            <numerusform>%n cours · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample course</source>
        <translation>Cours d’exemple</translation>
    </message>
    <message>
        <source>The sample course could not be set up: %1</source>
        <translation>Le cours d’exemple n’a pas pu être installé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose the mirror&apos;s folder</source>
        <translation>Choisissez le dossier du miroir</translation>
    </message>
    <message>
        <source>Importing courses…</source>
        <translation>Importation des cours…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) imported.</source>
        <translation>
            <numerusform>%n cours importé.</numerusform>
            <numerusform>%n cours importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import incomplete</source>
        <translation>Importation incomplète</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) imported. Some courses could not be imported and the library was left as it was for them.</source>
        <translation>
            <numerusform>%n cours importé. Certains cours n’ont pas pu être importés&#xa0;; pour ceux-ci, la bibliothèque est restée inchangée.</numerusform>
            <numerusform>%n cours importés. Certains cours n’ont pas pu être importés&#xa0;; pour ceux-ci, la bibliothèque est restée inchangée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every stored file…</source>
        <translation>Vérification de tous les fichiers stockés…</translation>
    </message>
    <message>
        <source>Library checked</source>
        <translation>Bibliothèque vérifiée</translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) are intact.</source>
        <translation>
            <numerusform>%n fichier vérifié&#xa0;: il est intact.</numerusform>
            <numerusform>Les %n fichiers sont intacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged or missing file(s) were set aside. The courses that used them show as partly on this computer; put them back to repair them.</source>
        <translation>
            <numerusform>%n fichier endommagé ou manquant a été mis de côté. Les cours qui l’utilisaient apparaissent comme étant en partie sur cet ordinateur&#xa0;; remettez-les sur cet ordinateur pour les réparer.</numerusform>
            <numerusform>%n fichiers endommagés ou manquants ont été mis de côté. Les cours qui les utilisaient apparaissent comme étant en partie sur cet ordinateur&#xa0;; remettez-les sur cet ordinateur pour les réparer.</numerusform>
        </translation>
    </message>
    <message>
        <source>About CLiKC! Desktop</source>
        <translation>À propos de CLiKC! Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CLiKC! Desktop %1&lt;/h3&gt;&lt;p&gt;Study the World Customs Organization&apos;s CLiKC! courses on this computer, with or without a connection.&lt;/p&gt;&lt;p&gt;Your library is kept in:&lt;br/&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CLiKC! Desktop %1&lt;/h3&gt;&lt;p&gt;Étudiez les cours CLiKC! de l’Organisation mondiale des douanes sur cet ordinateur, avec ou sans connexion.&lt;/p&gt;&lt;p&gt;Votre bibliothèque est conservée dans&#xa0;:&lt;br/&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) failed</source>
        <translation>
            <numerusform>%n téléchargement a échoué</numerusform>
            <numerusform>%n téléchargements ont échoué</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Téléchargements</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>C&amp;ompte</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>&amp;Refresh my courses</source>
        <translation>&amp;Actualiser mes cours</translation>
    </message>
    <message>
        <source>&amp;Download all my courses</source>
        <translation>&amp;Télécharger tous mes cours</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>A change made on the site was newer than yours and was kept: see Uploads.</source>
        <translation>Une modification faite sur le site était plus récente que la vôtre et a été conservée&#xa0;: voir Envois.</translation>
    </message>
    <message>
        <source>&amp;Uploads</source>
        <translation>&amp;Envois</translation>
    </message>
    <message>
        <source>&amp;Upload my progress now</source>
        <translation>&amp;Envoyer ma progression maintenant</translation>
    </message>
    <message numerus="yes">
        <source>%n to upload: sign in</source>
        <translation>
            <numerusform>%n en attente d’envoi&#xa0;: connectez-vous</numerusform>
            <numerusform>%n en attente d’envoi&#xa0;: connectez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to upload</source>
        <translation>
            <numerusform>%n en attente d’envoi</numerusform>
            <numerusform>%n en attente d’envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not accepted</source>
        <translation>
            <numerusform>%n refusée</numerusform>
            <numerusform>%n refusées</numerusform>
        </translation>
    </message>
    <message>
        <source>Last upload: %1</source>
        <translation>Dernier envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing uploaded from this computer yet</source>
        <translation>Rien n’a encore été envoyé depuis cet ordinateur</translation>
    </message>
    <message>
        <source>Downloading: %1 of %2 (%3)</source>
        <translation>Téléchargement : %1 sur %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left</source>
        <translation>
            <numerusform>%n fichier restant</numerusform>
            <numerusform>%n fichiers restants</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>encore environ %1</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Sign in to CLiKC! to get your courses (Account › Sign in)</source>
        <translation>Connectez-vous à CLiKC! pour obtenir vos cours (Compte › Se connecter)</translation>
    </message>
    <message>
        <source>Not signed in · sign in to CLiKC!, or import courses from a USB drive</source>
        <translation>Non connecté · connectez-vous à CLiKC!, ou importez des cours depuis une clé USB</translation>
    </message>
    <message>
        <source>Checking: %1 of %2 files</source>
        <translation>Vérification&#xa0;: %1 fichiers sur %2</translation>
    </message>
    <message>
        <source>Checking the library</source>
        <translation>Vérification de la bibliothèque</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot open the activity</source>
        <translation>Impossible d’ouvrir l’activité</translation>
    </message>
    <message>
        <source>The players for videos, pages and lessons could not be loaded (%1). Install CLiKC! Desktop again.</source>
        <translation>Les lecteurs de vidéos, de pages et de leçons n’ont pas pu être chargés (%1). Réinstallez CLiKC! Desktop.</translation>
    </message>
    <message>
        <source>Remove %1 from this computer</source>
        <translation>Supprimer %1 de cet ordinateur</translation>
    </message>
    <message>
        <source>Everything of %1 on this computer will be deleted: progress, lesson attempts, video positions, settings and sign-in. The courses stay for the other learners.</source>
        <translation>Tout ce qui concerne %1 sur cet ordinateur sera supprimé&#xa0;: progression, tentatives de leçons, positions des vidéos, réglages et connexion. Les cours restent pour les autres apprenants.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) of %1 have not been uploaded to the site yet and will be lost.</source>
        <translation>
            <numerusform>%n action de %1 n’a pas encore été envoyée au site et sera perdue.</numerusform>
            <numerusform>%n actions de %1 n’ont pas encore été envoyées au site et seront perdues.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Upload first</source>
        <translation>&amp;Envoyer d’abord</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Non supprimé</translation>
    </message>
    <message>
        <source>Set a &amp;PIN or passphrase…</source>
        <translation>Définir un code &amp;PIN ou une phrase secrète…</translation>
    </message>
    <message>
        <source>&amp;Remove me from this computer…</source>
        <translation>&amp;Me supprimer de cet ordinateur…</translation>
    </message>
    <message>
        <source>S&amp;witch learner</source>
        <translation>&amp;Changer d’apprenant</translation>
    </message>
    <message>
        <source>Lock your courses and let someone else use this computer</source>
        <translation>Verrouiller vos cours et laisser quelqu’un d’autre utiliser cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Workstation settings…</source>
        <translation>Réglages du &amp;poste de travail…</translation>
    </message>
    <message>
        <source>How this computer behaves for the learners who share it (for the centre&apos;s manager)</source>
        <translation>Le comportement de cet ordinateur pour les apprenants qui le partagent (pour le responsable du centre)</translation>
    </message>
    <message>
        <source>Changed outside CLiKC! Desktop</source>
        <translation>Modifié en dehors de CLiKC! Desktop</translation>
    </message>
    <message>
        <source>A file of “%1” in the content folder this computer&apos;s accounts share no longer matches what was downloaded, so it was set aside and not opened.</source>
        <translation>Un fichier de «&#xa0;%1&#xa0;» dans le dossier de contenu que partagent les comptes de cet ordinateur ne correspond plus à ce qui a été téléchargé&#xa0;: il a été mis de côté et n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>It is being downloaded again. Open the activity when the download is done.</source>
        <translation>Il est en cours de nouveau téléchargement. Ouvrez l’activité quand le téléchargement sera terminé.</translation>
    </message>
    <message>
        <source>Sign in to download it again, or import the mirror it came from again.</source>
        <translation>Connectez-vous pour le télécharger de nouveau, ou importez de nouveau le miroir dont il provient.</translation>
    </message>
    <message>
        <source>&amp;Export courses to a folder or USB drive…</source>
        <translation>&amp;Exporter des cours vers un dossier ou une clé USB…</translation>
    </message>
    <message>
        <source>Write courses to a USB drive or a shared folder for computers with no network</source>
        <translation>Écrire des cours sur une clé USB ou dans un dossier partagé pour des ordinateurs sans réseau</translation>
    </message>
    <message>
        <source>Reading the mirror…</source>
        <translation>Lecture du miroir…</translation>
    </message>
    <message>
        <source>Import a mirror</source>
        <translation>Importer un miroir</translation>
    </message>
    <message>
        <source>This mirror is signed by “%1”.</source>
        <translation>Ce miroir est signé par «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Key fingerprint: %1

You have not imported from this signer before. If you can, check the fingerprint with them (by phone, for example). Their mirrors will then be trusted on this computer.</source>
        <translation>Empreinte de la clé&#xa0;: %1

Vous n’avez encore jamais importé de miroir de cette personne. Si possible, vérifiez l’empreinte avec elle (par téléphone, par exemple). Ses miroirs seront ensuite approuvés sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Trust and import</source>
        <translation>&amp;Faire confiance et importer</translation>
    </message>
    <message>
        <source>Warning: the key of “%1” has changed.</source>
        <translation>Attention&#xa0;: la clé de «&#xa0;%1&#xa0;» a changé.</translation>
    </message>
    <message>
        <source>This mirror says it was signed by “%1”, but with another key than the one trusted for that name on this computer (new fingerprint: %2). It may not come from them.

Import it only if %1 confirms they have a new key.</source>
        <translation>Ce miroir dit être signé par «&#xa0;%1&#xa0;», mais avec une autre clé que celle approuvée pour ce nom sur cet ordinateur (nouvelle empreinte&#xa0;: %2). Il ne vient peut-être pas de cette personne.

Ne l’importez que si %1 confirme avoir une nouvelle clé.</translation>
    </message>
    <message>
        <source>&amp;Import and trust the new key</source>
        <translation>&amp;Importer et approuver la nouvelle clé</translation>
    </message>
    <message>
        <source>This mirror is not signed.</source>
        <translation>Ce miroir n’est pas signé.</translation>
    </message>
    <message>
        <source>Where it comes from cannot be checked. Import it only if you know who made it.</source>
        <translation>Sa provenance ne peut pas être vérifiée. Ne l’importez que si vous savez qui l’a fait.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Signed by %1 (key fingerprint %2).</source>
        <translation>Signé par %1 (empreinte de la clé %2).</translation>
    </message>
    <message>
        <source>The mirror was not signed.</source>
        <translation>Le miroir n’était pas signé.</translation>
    </message>
    <message>
        <source>Add a course &amp;source…</source>
        <translation>Ajouter une &amp;source de cours…</translation>
    </message>
    <message>
        <source>Take courses from a mirror on your organisation&apos;s network (a web server or a shared folder)</source>
        <translation>Prendre des cours dans un miroir du réseau de votre organisation (un serveur web ou un dossier partagé)</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) of the new source are in the library.</source>
        <translation>
            <numerusform>%n cours de la nouvelle source est dans la bibliothèque.</numerusform>
            <numerusform>%n cours de la nouvelle source sont dans la bibliothèque.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Coordinator&apos;s guide</source>
        <translation>Guide du &amp;coordinateur</translation>
    </message>
    <message>
        <source>USB drives for posts with no link, a mirror for a training centre, night syncs and their reports</source>
        <translation>Clés USB pour les postes sans connexion, miroir pour un centre de formation, synchronisations de nuit et leurs rapports</translation>
    </message>
    <message>
        <source>Browse the site&apos;s c&amp;atalogue…</source>
        <translation>Parcourir le cata&amp;logue du site…</translation>
    </message>
    <message>
        <source>Every course of the site: add one without enrolling, or enrol yourself</source>
        <translation>Tous les cours du site&#xa0;: en ajouter un sans inscription, ou vous inscrire</translation>
    </message>
</context>
<context>
    <name>clikc::PageViewerPage</name>
    <message>
        <source>‹ Back to the course</source>
        <translation>‹ Retour au cours</translation>
    </message>
    <message>
        <source>This page could not be shown: its files are missing or damaged. Use File › Check the library, then put the course back.</source>
        <translation>Cette page n’a pas pu être affichée&#xa0;: ses fichiers sont manquants ou endommagés. Utilisez Fichier › Vérifier la bibliothèque, puis remettez le cours sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Back to the course</source>
        <translation>Retour au cours</translation>
    </message>
    <message>
        <source>Back to the course (Esc or Alt+Left)</source>
        <translation>Retour au cours (Échap ou Alt+Gauche)</translation>
    </message>
    <message>
        <source>Page content</source>
        <translation>Contenu de la page</translation>
    </message>
</context>
<context>
    <name>clikc::PdfViewerPage</name>
    <message>
        <source>‹ Back to the course</source>
        <translation>‹ Retour au cours</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Page précédente (Pg préc.)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Page suivante (Pg suiv.)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Zoom arrière (−)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>This document could not be opened: its file is missing or damaged. Use File › Check the library, then put the course back.</source>
        <translation>Ce document n’a pas pu être ouvert&#xa0;: son fichier est manquant ou endommagé. Utilisez Fichier › Vérifier la bibliothèque, puis remettez le cours sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>Back to the course</source>
        <translation>Retour au cours</translation>
    </message>
    <message>
        <source>Back to the course (Esc or Alt+Left)</source>
        <translation>Retour au cours (Échap ou Alt+Gauche)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Numéro de page</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Niveau de zoom</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>clikc::ScormPlayerPage</name>
    <message>
        <source>‹ Back to the course</source>
        <translation>‹ Retour au cours</translation>
    </message>
    <message>
        <source>Back to the course (Alt+Left); your place in the lesson is kept</source>
        <translation>Retour au cours (Alt+Gauche)&#xa0;; votre position dans la leçon est conservée</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Précédent</translation>
    </message>
    <message>
        <source>The previous part of the lesson</source>
        <translation>La partie précédente de la leçon</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Suivant ›</translation>
    </message>
    <message>
        <source>The next part of the lesson</source>
        <translation>La partie suivante de la leçon</translation>
    </message>
    <message>
        <source>The parts of this lesson: double-click one to open it</source>
        <translation>Les parties de cette leçon&#xa0;: double-cliquez sur l’une d’elles pour l’ouvrir</translation>
    </message>
    <message>
        <source>The lesson player is incomplete: reinstall the application.</source>
        <translation>Le lecteur de leçons est incomplet&#xa0;: réinstallez l’application.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Preparing the lesson… %p%</source>
        <translation>Préparation de la leçon… %p&#xa0;%</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencée</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Non réussie</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Started: you can continue where you left it</source>
        <translation>Commencée&#xa0;: vous pouvez reprendre là où vous vous étiez arrêté</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>note %1</translation>
    </message>
    <message>
        <source>Start a new attempt</source>
        <translation>Nouvelle tentative</translation>
    </message>
    <message>
        <source>Start the lesson again from the beginning; your earlier attempts and their results are kept</source>
        <translation>Recommencer la leçon depuis le début&#xa0;; vos tentatives précédentes et leurs résultats sont conservés</translation>
    </message>
    <message>
        <source>Attempt %1 started. Your earlier attempts and their results are kept.</source>
        <translation>Tentative %1 commencée. Vos tentatives précédentes et leurs résultats sont conservés.</translation>
    </message>
    <message>
        <source>The time allowed for this part of the lesson is over. What you did is kept.</source>
        <translation>Le temps accordé pour cette partie de la leçon est écoulé. Ce que vous avez fait est conservé.</translation>
    </message>
    <message>
        <source>The time allowed for this part of the lesson is over. You may finish it.</source>
        <translation>Le temps accordé pour cette partie de la leçon est écoulé. Vous pouvez la terminer.</translation>
    </message>
    <message>
        <source>You are reviewing attempt %1, which is over: nothing you do now changes its result. To try again, choose Start a new attempt.</source>
        <translation>Vous revoyez la tentative %1, qui est terminée&#xa0;: rien de ce que vous faites maintenant ne change son résultat. Pour réessayer, choisissez Nouvelle tentative.</translation>
    </message>
    <message>
        <source>This part of the lesson has not started: it seems to need the internet, which lessons cannot use here. Its other parts may work.</source>
        <translation>Cette partie de la leçon n’a pas démarré&#xa0;: elle semble avoir besoin d’internet, que les leçons ne peuvent pas utiliser ici. Ses autres parties peuvent fonctionner.</translation>
    </message>
    <message numerus="yes">
        <source>This lesson allows %n attempt(s), and all of them have been used.</source>
        <translation>
            <numerusform>Cette leçon permet %n tentative, et elle a été utilisée.</numerusform>
            <numerusform>Cette leçon permet %n tentatives, et toutes ont été utilisées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The parts of this lesson, taken in order: use Next ›</source>
        <translation>Les parties de cette leçon, à suivre dans l’ordre&#xa0;: utilisez Suivant ›</translation>
    </message>
    <message>
        <source>This part of the lesson is finished. Choose Next › to go on.</source>
        <translation>Cette partie de la leçon est terminée. Choisissez Suivant › pour continuer.</translation>
    </message>
    <message>
        <source>Not available yet: first finish the parts it depends on</source>
        <translation>Pas encore disponible&#xa0;: terminez d’abord les parties dont elle dépend</translation>
    </message>
    <message>
        <source>Your progress in this lesson could not be saved: %1</source>
        <translation>Votre progression dans cette leçon n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>clikc::SignInDialog</name>
    <message>
        <source>Sign in to CLiKC!</source>
        <translation>Se connecter à CLiKC!</translation>
    </message>
    <message>
        <source>Sign in once while you have a connection. Your password is not kept on this computer; the sign-in is kept in the system keychain.</source>
        <translation>Connectez-vous une fois pendant que vous disposez d’une connexion. Votre mot de passe n’est pas conservé sur cet ordinateur&#xa0;; la connexion est conservée dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Allow an unencrypted connection (only for a local mirror you trust)</source>
        <translation>Autoriser une connexion non chiffrée (uniquement pour un miroir local de confiance)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Adresse du site</translation>
    </message>
    <message>
        <source>For example https://clikc.wcoomd.org</source>
        <translation>Par exemple https://clikc.wcoomd.org</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Allow an unencrypted connection</source>
        <translation>Autoriser une connexion non chiffrée</translation>
    </message>
    <message>
        <source>About signing in</source>
        <translation>À propos de la connexion</translation>
    </message>
    <message>
        <source>Why the sign-in failed</source>
        <translation>Pourquoi la connexion a échoué</translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>If this is a local mirror you trust, tick “%1” and sign in again.</source>
        <translation>S’il s’agit d’un miroir local de confiance, cochez «&#xa0;%1&#xa0;» et reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>clikc::SiteCatalogue</name>
    <message>
        <source>This site does not let your account browse its catalogue of courses. Your own courses are still in your library.</source>
        <translation>Ce site ne permet pas à votre compte de parcourir son catalogue de cours. Vos propres cours restent dans votre bibliothèque.</translation>
    </message>
</context>
<context>
    <name>clikc::SourceDialog</name>
    <message>
        <source>Add a course source</source>
        <translation>Ajouter une source de cours</translation>
    </message>
    <message>
        <source>A CLiKC! mirror on your organisation&apos;s network: the address of a web server that holds an export (https://… or http://…), or a shared folder. Its courses appear in the library and download from there, and the site&apos;s files it holds are not fetched over the internet.</source>
        <translation>Un miroir CLiKC! sur le réseau de votre organisation&#xa0;: l’adresse d’un serveur web qui contient un export (https://… ou http://…), ou un dossier partagé. Ses cours apparaissent dans la bibliothèque et se téléchargent depuis celui-ci, et les fichiers du site qu’il contient ne passent pas par Internet.</translation>
    </message>
    <message>
        <source>&amp;Address or folder:</source>
        <translation>&amp;Adresse ou dossier&#xa0;:</translation>
    </message>
    <message>
        <source>https://mirror.example.org/clikc/ or a folder</source>
        <translation>https://miroir.example.org/clikc/ ou un dossier</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Choisir un &amp;dossier…</translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP (only for a server on your own network)</source>
        <translation>Autoriser le &amp;HTTP simple (seulement pour un serveur de votre propre réseau)</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose the folder that holds the mirror</source>
        <translation>Choisir le dossier qui contient le miroir</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Aj&amp;outer</translation>
    </message>
    <message>
        <source>Reading the mirror…</source>
        <translation>Lecture du miroir…</translation>
    </message>
    <message>
        <source>Adding its courses to the library…</source>
        <translation>Ajout de ses cours à la bibliothèque…</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s), %1.</source>
        <translation>
            <numerusform>%n cours, %1.</numerusform>
            <numerusform>%n cours, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This mirror is not signed: where it comes from cannot be checked. Add it only if you know who runs it.</source>
        <translation>Ce miroir n’est pas signé&#xa0;: sa provenance ne peut pas être vérifiée. Ne l’ajoutez que si vous savez qui le gère.</translation>
    </message>
    <message>
        <source>Signed by %1, fingerprint %2.</source>
        <translation>Signé par %1, empreinte %2.</translation>
    </message>
    <message>
        <source>You trust this signer.</source>
        <translation>Vous faites confiance à ce signataire.</translation>
    </message>
    <message>
        <source>You have not trusted this signer before. Check the fingerprint with them before you add it.</source>
        <translation>Vous n’avez encore jamais fait confiance à ce signataire. Vérifiez l’empreinte avec lui avant d’ajouter la source.</translation>
    </message>
    <message>
        <source>&amp;Trust and add</source>
        <translation>Faire &amp;confiance et ajouter</translation>
    </message>
    <message>
        <source>Warning: this name was trusted with another key. It may not be them. Add it only if they confirm they have a new key.</source>
        <translation>Attention&#xa0;: ce nom a été approuvé avec une autre clé. Ce n’est peut-être pas lui. N’ajoutez la source que s’il confirme avoir une nouvelle clé.</translation>
    </message>
    <message>
        <source>Add and &amp;trust the new key</source>
        <translation>Ajouter et faire confiance à la &amp;nouvelle clé</translation>
    </message>
    <message numerus="yes">
        <source>Added. %n course(s) of this source are in the library; download them there (the files come from the source).</source>
        <translation>
            <numerusform>Ajoutée. %n cours de cette source est dans la bibliothèque&#xa0;; téléchargez-le depuis celle-ci (les fichiers viennent de la source).</numerusform>
            <numerusform>Ajoutée. %n cours de cette source sont dans la bibliothèque&#xa0;; téléchargez-les depuis celle-ci (les fichiers viennent de la source).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clikc::UploadsModel</name>
    <message>
        <source>Not accepted</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <extracomment>When the learner did it, e.g. &quot;Recorded 28 Nov 2026, 14:02&quot;.</extracomment>
        <translation>Enregistrée le %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>clikc::UploadsPage</name>
    <message>
        <source>‹ My courses</source>
        <translation>‹ Mes cours</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>Nothing is waiting: the site has everything you did on this computer.</source>
        <translation>Rien n’est en attente&#xa0;: le site dispose de tout ce que vous avez fait sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Upload now</source>
        <translation>Envoyer &amp;maintenant</translation>
    </message>
    <message>
        <source>Send what is waiting to the site now</source>
        <translation>Envoyer maintenant au site ce qui est en attente</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <source>Forget an action the site did not accept</source>
        <translation>Oublier une action refusée par le site</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to reach the site.</source>
        <translation>
            <numerusform>%n action attend d’être transmise au site.</numerusform>
            <numerusform>%n actions attendent d’être transmises au site.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) not accepted by the site.</source>
        <translation>
            <numerusform>%n action refusée par le site.</numerusform>
            <numerusform>%n actions refusées par le site.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last upload: %1.</source>
        <translation>Dernier envoi&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Sign in again to send them (Account menu).</source>
        <translation>Reconnectez-vous pour les envoyer (menu Compte).</translation>
    </message>
    <message>
        <source>The last attempt failed: %1 It will be tried again by itself.</source>
        <translation>La dernière tentative a échoué&#xa0;: %1 Une nouvelle tentative aura lieu automatiquement.</translation>
    </message>
    <message>
        <source>Back to the list of courses (Esc)</source>
        <translation>Retour à la liste des cours (Échap)</translation>
    </message>
    <message>
        <source>Actions waiting to reach the site</source>
        <translation>Actions en attente d’envoi au site</translation>
    </message>
</context>
<context>
    <name>clikc::VideoPlayerPage</name>
    <message>
        <source>‹ Back to the course</source>
        <translation>‹ Retour au cours</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <source>Position (← and → move 5 seconds)</source>
        <translation>Position (← et →&#xa0;: reculer ou avancer de 5&#xa0;secondes)</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Couper le son (M)</translation>
    </message>
    <message>
        <source>Volume (↑ and ↓)</source>
        <translation>Volume (↑ et ↓)</translation>
    </message>
    <message>
        <source>Leave full screen (F or Esc)</source>
        <translation>Quitter le plein écran (F ou Échap)</translation>
    </message>
    <message>
        <source>Full screen (F)</source>
        <translation>Plein écran (F)</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1&#xa0;×</translation>
    </message>
    <message>
        <source>This video cannot be played on this computer. The media components for its format may be missing; see Troubleshooting in the user guide.</source>
        <translation>Cette vidéo ne peut pas être lue sur cet ordinateur. Les composants multimédias nécessaires à son format sont peut-être absents&#xa0;; consultez la section Dépannage du guide de l’utilisateur.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Espace)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Lecture (Espace)</translation>
    </message>
    <message>
        <source>Back to the course</source>
        <translation>Retour au cours</translation>
    </message>
    <message>
        <source>Back to the course (Esc or Alt+Left)</source>
        <translation>Retour au cours (Échap ou Alt+Gauche)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Click to play or pause, double-click for full screen</source>
        <translation>Cliquer pour lire ou mettre en pause, double-cliquer pour le plein écran</translation>
    </message>
    <message>
        <source>Time: %1 of %2</source>
        <translation>Temps&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
</context>
<context>
    <name>clikc::WorkstationDialog</name>
    <message>
        <source>Workstation settings</source>
        <translation>Réglages du poste de travail</translation>
    </message>
    <message>
        <source>This computer&apos;s settings are protected by the manager&apos;s PIN.</source>
        <translation>Les réglages de cet ordinateur sont protégés par le code PIN du responsable.</translation>
    </message>
    <message>
        <source>Manager&apos;s &amp;PIN:</source>
        <translation>Code &amp;PIN du responsable&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>How this computer behaves for every learner who uses it.</source>
        <translation>Le comportement de cet ordinateur pour chaque apprenant qui l’utilise.</translation>
    </message>
    <message>
        <source>S&amp;hared computer: always open on “Who is studying?”</source>
        <translation>Ordinateur pa&amp;rtagé&#xa0;: toujours ouvrir sur «&#xa0;Qui étudie&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Lock after no input for:</source>
        <translation>&amp;Verrouiller après une inactivité de&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes without input before the learner is locked</source>
        <translation>Minutes sans saisie avant le verrouillage de l’apprenant</translation>
    </message>
    <message>
        <source>Learners may &amp;add themselves</source>
        <translation>Les apprenants peuvent s’&amp;ajouter eux-mêmes</translation>
    </message>
    <message>
        <source>Every learner needs a PIN or pass&amp;phrase</source>
        <translation>Chaque apprenant doit avoir un code PIN ou une phrase &amp;secrète</translation>
    </message>
    <message>
        <source>La&amp;nguage of “Who is studying?”:</source>
        <translation>La&amp;ngue de «&#xa0;Qui étudie&#xa0;?&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>The library&apos;s language</source>
        <translation>La langue de la bibliothèque</translation>
    </message>
    <message>
        <source>CLiKC! si&amp;te for new learners:</source>
        <translation>Si&amp;te CLiKC! des nouveaux apprenants&#xa0;:</translation>
    </message>
    <message>
        <source>New &amp;manager&apos;s PIN:</source>
        <translation>Nouveau code PIN du resp&amp;onsable&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>Ré&amp;pétez-le&#xa0;:</translation>
    </message>
    <message>
        <source>Leave both empty to keep the manager&apos;s PIN as it is.</source>
        <translation>Laissez les deux champs vides pour garder le code PIN du responsable tel quel.</translation>
    </message>
    <message>
        <source>No manager&apos;s PIN yet: anyone at this computer can change these settings.</source>
        <translation>Pas encore de code PIN du responsable&#xa0;: toute personne à cet ordinateur peut modifier ces réglages.</translation>
    </message>
    <message>
        <source>Learners on this computer:</source>
        <translation>Apprenants de cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>Remo&amp;ve learner…</source>
        <translation>Suppr&amp;imer l’apprenant…</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Défini par votre administrateur</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The two entries of the manager&apos;s PIN are not the same.</source>
        <translation>Les deux saisies du code PIN du responsable ne sont pas identiques.</translation>
    </message>
    <message>
        <source>The site must be a web address, such as https://clikc.wcoomd.org.</source>
        <translation>Le site doit être une adresse web, par exemple https://clikc.wcoomd.org.</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>Les réglages n’ont pas pu être enregistrés.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries: wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Trop d’essais erronés&#xa0;: attendez %n seconde avant de réessayer.</numerusform>
            <numerusform>Trop d’essais erronés&#xa0;: attendez %n secondes avant de réessayer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is not the manager&apos;s PIN. Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Ce n’est pas le code PIN du responsable. Attendez %n seconde avant de réessayer.</numerusform>
            <numerusform>Ce n’est pas le code PIN du responsable. Attendez %n secondes avant de réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is not the manager&apos;s PIN.</source>
        <translation>Ce n’est pas le code PIN du responsable.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to upload</source>
        <translation>
            <numerusform>%n action en attente d’envoi</numerusform>
            <numerusform>%n actions en attente d’envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>New P&amp;IN…</source>
        <translation>Nouveau co&amp;de PIN…</translation>
    </message>
    <message>
        <source>Gives the chosen learner a new PIN or passphrase, when they forgot theirs</source>
        <translation>Donne un nouveau code PIN ou une nouvelle phrase secrète à l’apprenant choisi, s’il a oublié le sien</translation>
    </message>
</context>
<context>
    <name>clikc::players</name>
    <message>
        <source>%1 is not the players&apos; plugin</source>
        <translation>%1 n’est pas le module des lecteurs</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 est introuvable</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CLiKC! Desktop</source>
        <translation>CLiKC! Desktop</translation>
    </message>
    <message>
        <source>Your library could not be opened (%1).

%2</source>
        <translation>Impossible d’ouvrir votre bibliothèque (%1).

%2</translation>
    </message>
    <message>
        <source>CLiKC! Desktop: the WCO&apos;s CLiKC! courses, offline.</source>
        <translation>CLiKC! Desktop&#xa0;: les cours CLiKC! de l’OMD, hors ligne.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Keep the library in &lt;dir&gt; (also: CLIKC_DATA_DIR).</source>
        <translation>Garder la bibliothèque dans &lt;dossier&gt; (aussi&#xa0;: CLIKC_DATA_DIR).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
</context>
</TS>
