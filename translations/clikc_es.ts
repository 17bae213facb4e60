<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountRecords</name>
    <message>
        <source>New learner %1</source>
        <translation>Nuevo alumno %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>No command given.</source>
        <translation>No se indicó ningún comando.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Comando desconocido: %1</translation>
    </message>
    <message>
        <source>library import needs the FOLDER to import from.</source>
        <translation>El comando library import necesita la CARPETA desde la que importar.</translation>
    </message>
    <message>
        <source>The command %1 does not take the argument %2.</source>
        <translation>El comando %1 no admite el argumento %2.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Opción desconocida: %1</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>La opción %1 necesita un valor.</translation>
    </message>
    <message>
        <source>The option %1 takes no value.</source>
        <translation>La opción %1 no admite ningún valor.</translation>
    </message>
    <message>
        <source>The option %1 does not apply to the command %2.</source>
        <translation>La opción %1 no se aplica al comando %2.</translation>
    </message>
    <message>
        <source>login needs --site URL and --username NAME.</source>
        <translation>El comando login necesita --site URL y --username NOMBRE.</translation>
    </message>
    <message>
        <source>sync needs --all or at least one --course ID.</source>
        <translation>El comando sync necesita --all o al menos una opción --course ID.</translation>
    </message>
    <message>
        <source>--parallel needs a number of files from 1 to 16.</source>
        <translation>--parallel necesita un número de archivos entre 1 y 16.</translation>
    </message>
    <message>
        <source>--limit-rate needs bytes per second, such as 800, 500k or 2M.</source>
        <translation>--limit-rate necesita un valor en bytes por segundo, como 800, 500k o 2M.</translation>
    </message>
    <message>
        <source>%1 needs the learner&apos;s NAME.</source>
        <translation>%1 necesita el NOMBRE del alumno.</translation>
    </message>
    <message>
        <source>%1 needs the FOLDER of the mirror.</source>
        <translation>%1 necesita la CARPETA de la réplica.</translation>
    </message>
    <message>
        <source>sources add needs the ADDRESS or FOLDER of the mirror.</source>
        <translation>sources add necesita la DIRECCIÓN o la CARPETA de la réplica.</translation>
    </message>
    <message>
        <source>sources remove needs the source&apos;s ID or ADDRESS (see clikc sources list).</source>
        <translation>sources remove necesita el ID o la DIRECCIÓN de la fuente (vea clikc sources list).</translation>
    </message>
    <message>
        <source>--window needs the hours to download in, such as 22:00-06:00.</source>
        <translation>--window necesita las horas en las que descargar, por ejemplo 22:00-06:00.</translation>
    </message>
    <message>
        <source>%1 goes with --site-catalogue.</source>
        <translation>%1 se usa con --site-catalogue.</translation>
    </message>
    <message>
        <source>%1 cannot be used with %2.</source>
        <translation>%1 no se puede usar con %2.</translation>
    </message>
    <message>
        <source>--category needs the ID of a category (see clikc courses --site-catalogue).</source>
        <translation>--category necesita el identificador de una categoría (vea clikc courses --site-catalogue).</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>The sample course could not be set up: %1</source>
        <translation>No se pudo preparar el curso de ejemplo: %1</translation>
    </message>
    <message>
        <source>There are no courses on this computer.</source>
        <translation>No hay ningún curso en este equipo.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>Tam. en disco</translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation>Disponible sin conexión</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 completadas</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n file(s).</source>
        <translation>
            <numerusform>%n archivo comprobado.</numerusform>
            <numerusform>%n archivos comprobados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Damaged, set aside: %1</source>
        <translation>Dañado, apartado: %1</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Falta: %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n file(s) that no course used.</source>
        <translation>
            <numerusform>Se ha eliminado %n archivo que ningún curso usaba.</numerusform>
            <numerusform>Se han eliminado %n archivos que ningún curso usaba.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library is intact.</source>
        <translation>La biblioteca está intacta.</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) imported.</source>
        <translation>
            <numerusform>%n curso importado.</numerusform>
            <numerusform>%n cursos importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library could not be opened (%1): %2</source>
        <translation>No se pudo abrir la biblioteca (%1): %2</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Sesión iniciada en %1 como %2.</translation>
    </message>
    <message>
        <source>No keychain is available: the sign-in lasts only until this command ends.</source>
        <translation>No hay ningún llavero disponible: el inicio de sesión solo dura hasta que termine este comando.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>No ha iniciado sesión.</translation>
    </message>
    <message>
        <source>Signed out of %1. The sign-in token was deleted.</source>
        <translation>Sesión cerrada en %1. Se ha eliminado el token de inicio de sesión.</translation>
    </message>
    <message>
        <source>Signed out of %1, but the token could not be deleted from the keychain.</source>
        <translation>Sesión cerrada en %1, pero no se pudo eliminar el token del llavero.</translation>
    </message>
    <message>
        <source>Showing what this computer already knows.</source>
        <translation>Se muestra la información que ya hay en este equipo.</translation>
    </message>
    <message>
        <source>Carrying on with the course list already on this computer.</source>
        <translation>Se continúa con la lista de cursos que ya hay en este equipo.</translation>
    </message>
    <message>
        <source>No course %1 among your courses on the site.</source>
        <translation>No hay ningún curso %1 entre sus cursos del sitio.</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) synchronised.</source>
        <translation>
            <numerusform>%n curso sincronizado.</numerusform>
            <numerusform>%n cursos sincronizados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) on this computer (%1).</source>
        <translation>
            <numerusform>%n archivo en este equipo (%1).</numerusform>
            <numerusform>%n archivos en este equipo (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be downloaded:</source>
        <translation>
            <numerusform>No se pudo descargar %n archivo:</numerusform>
            <numerusform>No se pudieron descargar %n archivos:</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in to %1 as %2 has expired: run clikc login again.</source>
        <translation>El inicio de sesión en %1 como %2 ha caducado: vuelva a ejecutar clikc login.</translation>
    </message>
    <message numerus="yes">
        <source>Library: %n course(s), %1 in %2.</source>
        <translation>
            <numerusform>Biblioteca: %n curso, %1 en %2.</numerusform>
            <numerusform>Biblioteca: %n cursos, %1 en %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Progress waiting to be uploaded: %n item(s).</source>
        <translation>
            <numerusform>Progreso pendiente de envío: %n elemento.</numerusform>
            <numerusform>Progreso pendiente de envío: %n elementos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed in: the progress waits for the next sign-in (clikc login).</source>
        <translation>Sin sesión iniciada: el progreso espera al próximo inicio de sesión (clikc login).</translation>
    </message>
    <message numerus="yes">
        <source>Uploaded: %n action(s).</source>
        <translation>
            <numerusform>Enviada: %n acción.</numerusform>
            <numerusform>Enviadas: %n acciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still waiting: %n action(s).</source>
        <translation>
            <numerusform>Aún en espera: %n acción.</numerusform>
            <numerusform>Aún en espera: %n acciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not accepted by the site: %n action(s).</source>
        <translation>
            <numerusform>No aceptada por el sitio: %n acción.</numerusform>
            <numerusform>No aceptadas por el sitio: %n acciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not accepted by the site: %n action(s) (see clikc upload).</source>
        <translation>
            <numerusform>No aceptada por el sitio: %n acción (consulte clikc upload).</numerusform>
            <numerusform>No aceptadas por el sitio: %n acciones (consulte clikc upload).</numerusform>
        </translation>
    </message>
    <message>
        <source>Last upload: %1.</source>
        <translation>Último envío: %1.</translation>
    </message>
    <message>
        <source>Not signed in: you signed out of %1. Run clikc login to sign in again.</source>
        <translation>No ha iniciado sesión: cerró la sesión en %1. Ejecute clikc login para volver a iniciarla.</translation>
    </message>
    <message>
        <source>Not signed in: this library has never been signed in to a site. Run clikc login --site URL --username NAME first.</source>
        <translation>No ha iniciado sesión: esta biblioteca nunca ha iniciado sesión en un sitio. Ejecute primero clikc login --site URL --username NOMBRE.</translation>
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
        <translation>Con --json, el resultado es un único objeto JSON en la salida estándar. Cuando el
comando falla, contiene &quot;error&quot;: {&quot;code&quot;: CÓDIGO, &quot;message&quot;: TEXTO}, y el mensaje
también se escribe en la salida de error.

Códigos de salida:
  0  éxito
  1  el comando se ejecutó, pero algo falló (vea el mensaje)
  2  uso incorrecto: un comando o una opción desconocidos, un argumento que falta o
     una opción que el comando no admite
  3  la aplicación u otro comando clikc está usando la biblioteca; vuelva a
     intentarlo cuando haya terminado
</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged or missing file(s) were set aside; the courses that used them must be put back.</source>
        <translation>
            <numerusform>Se apartó %n archivo dañado o que faltaba; es necesario restaurar los cursos que lo usaban.</numerusform>
            <numerusform>Se apartaron %n archivos dañados o que faltaban; es necesario restaurar los cursos que los usaban.</numerusform>
        </translation>
    </message>
    <message>
        <source>Damaged, set aside: %1 (%2, in the course %3)</source>
        <extracomment>%1 the file&apos;s name in the course, %2 the activity, %3 the course</extracomment>
        <translation>Dañado, apartado: %1 (%2, en el curso %3)</translation>
    </message>
    <message>
        <source>Missing: %1 (%2, in the course %3)</source>
        <extracomment>%1 the file&apos;s name in the course, %2 the activity, %3 the course</extracomment>
        <translation>Falta: %1 (%2, en el curso %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be downloaded; run clikc sync again to carry on.</source>
        <translation>
            <numerusform>No se pudo descargar %n archivo; vuelva a ejecutar clikc sync para continuar.</numerusform>
            <numerusform>No se pudieron descargar %n archivos; vuelva a ejecutar clikc sync para continuar.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no learner %1 in this library: clikc profiles list shows them.</source>
        <translation>No hay ningún alumno %1 en esta biblioteca: clikc profiles list los muestra.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Alumno</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>(this computer only)</source>
        <translation>(solo este equipo)</translation>
    </message>
    <message>
        <source>%1 (signed out)</source>
        <translation>%1 (sesión cerrada)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Added the learner %1 (ID %2).</source>
        <translation>Alumno %1 añadido (ID %2).</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n action(s) not sent to the site yet. Send them first (clikc --profile %2 upload), or add --discard-unsent to remove the learner anyway.</source>
        <translation>
            <numerusform>%1 tiene %n acción aún no enviada al sitio. Envíela primero (clikc --profile %2 upload) o añada --discard-unsent para quitar al alumno de todos modos.</numerusform>
            <numerusform>%1 tiene %n acciones aún no enviadas al sitio. Envíelas primero (clikc --profile %2 upload) o añada --discard-unsent para quitar al alumno de todos modos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed the learner %1 and everything of theirs in this library.</source>
        <translation>Se ha quitado al alumno %1 y todo lo suyo en esta biblioteca.</translation>
    </message>
    <message>
        <source>Not signed in: the progress waits for the next sign-in (clikc --profile %1 login).</source>
        <translation>Sin sesión: el progreso espera al próximo inicio de sesión (clikc --profile %1 login).</translation>
    </message>
    <message>
        <source>%1: uploaded %2, still waiting %3.</source>
        <translation>%1: %2 enviado(s), %3 aún pendiente(s).</translation>
    </message>
    <message>
        <source>%1 of %2 copied (%3)</source>
        <translation>%1 de %2 copiados (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 checked (%3)</source>
        <translation>%1 de %2 comprobados (%3)</translation>
    </message>
    <message>
        <source>There is no course %1 in this library: clikc library list shows them.</source>
        <translation>No hay ningún curso %1 en esta biblioteca: clikc library list los muestra.</translation>
    </message>
    <message>
        <source>There is nothing to export: no course is entirely on this computer. Download courses with clikc sync first.</source>
        <translation>No hay nada que exportar: ningún curso está completo en este equipo. Descargue primero cursos con clikc sync.</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) exported to %1.</source>
        <translation>
            <numerusform>%n curso exportado a %1.</numerusform>
            <numerusform>%n cursos exportados a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files: %1 copied (%2), %3 already there, %4 no longer used removed.</source>
        <translation>Archivos: %1 copiados (%2), %3 ya presentes, %4 que ya no se usaban eliminados.</translation>
    </message>
    <message>
        <source>Not exported, because they are not entirely on this computer: %1</source>
        <translation>No exportados, porque no están completos en este equipo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (course “%2”)</source>
        <translation>%1 (curso «%2»)</translation>
    </message>
    <message>
        <source>The mirror is intact.</source>
        <translation>La réplica está intacta.</translation>
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
        <translation>  login --site URL --username NOMBRE [--password-stdin] [--allow-http]
                                    iniciar sesión en un sitio CLiKC! (la contraseña
                                    nunca se guarda)
  logout                            cerrar sesión y eliminar el token de inicio de sesión
  courses [--json]                  mostrar sus cursos, actualizados desde el sitio
  status [--json]                   mostrar la sesión, la biblioteca y los envíos pendientes
  upload [--all-profiles] [--json]  enviar al sitio el progreso registrado sin conexión
                                    (de cada alumno con --all-profiles)
  sync (--all | --course ID ...) [--parallel N] [--limit-rate VELOCIDAD] [--json]
       [--window HH:MM-HH:MM] [--report ARCHIVO]
                                    descargar cursos en este equipo hasta terminar;
                                    N archivos a la vez, como máximo VELOCIDAD bytes/s (500k, 2M)
                                    solo en esas horas (espera, se detiene y
                                    continúa), con un informe JSON en ARCHIVO
  profiles list [--json]            listar los alumnos de esta biblioteca
  profiles add NOMBRE [--json]      añadir un alumno (inicia sesión con --profile NOMBRE login)
  profiles remove NOMBRE|ID [--discard-unsent] [--json]
                                    quitar un alumno, su progreso y su sesión

--profile NOMBRE|ID ejecuta el comando como ese alumno (su sesión, su progreso y sus
envíos); sin ella, el primer alumno de la biblioteca.

La biblioteca se encuentra en la carpeta indicada por --data-dir o, si no, en CLIKC_DATA_DIR
o, si no, en la carpeta de datos de la aplicación.
</translation>
    </message>
    <message>
        <source>Checked %1, %2 (%3).</source>
        <extracomment>&quot;Checked 2 courses, 14 files (265.2 kB).&quot;</extracomment>
        <translation>Comprobados: %1, %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n curso</numerusform>
            <numerusform>%n cursos</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: this mirror says it was signed by “%1”, but with a key this library has not trusted for that name (fingerprint %2). It may not come from them. Import it only if they confirm they have a new key: then run the command again with --trust-signer.</source>
        <translation>Atención: esta réplica dice estar firmada por «%1», pero con una clave que esta biblioteca no ha aceptado para ese nombre (huella %2). Puede que no provenga de esa persona. Impórtela solo si confirma que tiene una clave nueva; después vuelva a ejecutar el comando con --trust-signer.</translation>
    </message>
    <message>
        <source>This mirror is signed by “%1” (fingerprint %2), whom this library has not trusted before. Check the fingerprint with them, then run the command again with --trust-signer.</source>
        <translation>Esta réplica está firmada por «%1» (huella %2), a quien esta biblioteca no ha aceptado antes. Compruebe la huella con esa persona y vuelva a ejecutar el comando con --trust-signer.</translation>
    </message>
    <message>
        <source>Signed by %1 (fingerprint %2).</source>
        <translation>Firmado por %1 (huella %2).</translation>
    </message>
    <message>
        <source>This mirror is not signed: where it comes from cannot be checked.</source>
        <translation>Esta réplica no está firmada: no se puede comprobar su procedencia.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so this export is not signed.</source>
        <translation>El llavero del sistema no está disponible, así que esta exportación no está firmada.</translation>
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
        <translation>Uso: clikc [--data-dir CARPETA] [--profile NOMBRE|ID] COMANDO

Comandos:
  library list [--json]             mostrar los cursos de este equipo
  library verify [--json]           volver a comprobar cada archivo guardado;
                                    apartar los dañados
  library import CARPETA [--course ID ...] [--trust-signer] [--json]
                                    importar cursos desde una réplica de CLiKC!
                                    (un firmante aún no aceptado requiere
                                    --trust-signer)
</translation>
    </message>
    <message>
        <source>  mirror export FOLDER [--course ID ...] [--signer NAME] [--json]
                                    write courses to a folder or USB drive as a
                                    mirror (all that are entirely on this computer)
  mirror verify FOLDER [--json]     re-check every file of a mirror
</source>
        <translation>  mirror export CARPETA [--course ID ...] [--signer NOMBRE] [--json]
                                    escribir cursos en una carpeta o una memoria USB
                                    como réplica (todos los que están completos en
                                    este equipo)
  mirror verify CARPETA [--json]    volver a comprobar cada archivo de una réplica
</translation>
    </message>
    <message>
        <source>No course source: add one with clikc sources add ADDRESS|FOLDER.</source>
        <translation>Ninguna fuente de cursos: añada una con clikc sources add DIRECCIÓN|CARPETA.</translation>
    </message>
    <message>
        <source>(signed by %1)</source>
        <translation>(firmado por %1)</translation>
    </message>
    <message>
        <source>Course source added: %1.</source>
        <translation>Fuente de cursos añadida: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) listed (%1); clikc sync --all downloads them.</source>
        <translation>
            <numerusform>%n curso ofrecido (%1); clikc sync --all lo descarga.</numerusform>
            <numerusform>%n cursos ofrecidos (%1); clikc sync --all los descarga.</numerusform>
        </translation>
    </message>
    <message>
        <source>Course source removed: %1. Its courses stay in the library.</source>
        <translation>Fuente de cursos quitada: %1. Sus cursos siguen en la biblioteca.</translation>
    </message>
    <message>
        <source>No course source %1 in this library (see clikc sources list).</source>
        <translation>No hay ninguna fuente de cursos %1 en esta biblioteca (vea clikc sources list).</translation>
    </message>
    <message>
        <source>Carrying on with the course sources only.</source>
        <translation>Se continúa solo con las fuentes de cursos.</translation>
    </message>
    <message>
        <source>  sources list [--json]             list the course sources (mirrors on the LAN)
  sources add URL|FOLDER [--allow-http] [--trust-signer] [--json]
                                    add a mirror on a web server or in a folder as
                                    a course source; sync downloads from it
  sources remove ID|URL|FOLDER [--json]
                                    stop using a course source (its courses stay)
</source>
        <translation>  sources list [--json]             listar las fuentes de cursos (réplicas de la red local)
  sources add URL|CARPETA [--allow-http] [--trust-signer] [--json]
                                    añadir como fuente de cursos una réplica en un
                                    servidor web o en una carpeta; sync descarga de ella
  sources remove ID|URL|CARPETA [--json]
                                    dejar de usar una fuente (sus cursos se quedan)
</translation>
    </message>
    <message>
        <source>Outside the hours %1: waiting until %2.</source>
        <translation>Fuera de las horas %1: esperando hasta %2.</translation>
    </message>
    <message>
        <source>The hours %1 are over: the downloads stop until they start again.</source>
        <translation>Las horas %1 han terminado: las descargas se detienen hasta que vuelvan a empezar.</translation>
    </message>
    <message numerus="yes">
        <source>Sync: %n file(s) arrived (%1), %2 failed, %3 of %4 courses complete; %5, %6 of it waiting for the hours.</source>
        <extracomment>The one line an unattended sync ends with: &quot;Sync: 12 files arrived (340 MB), 0 failed, 3 courses complete of 3; 1 h 02 min, 20 min of it waiting for the hours.&quot;</extracomment>
        <translation>
            <numerusform>Sincronización: %n archivo recibido (%1), %2 fallidos, %3 de %4 cursos completos; %5, %6 de ello esperando las horas.</numerusform>
            <numerusform>Sincronización: %n archivos recibidos (%1), %2 fallidos, %3 de %4 cursos completos; %5, %6 de ello esperando las horas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>No se pudo escribir el informe en %1: %2</translation>
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
        <translation>  courses --site-catalogue [--search PALABRAS] [--category ID] [--json]
                                    listar todos los cursos del sitio que su cuenta
                                    puede ver, inscrito o no
  courses (--add ID | --enrol ID | --drop ID) ... [--json]
                                    añadir un curso a su biblioteca sin
                                    inscribirse, inscribirse donde el curso lo
                                    permite, o quitar un curso añadido
</translation>
    </message>
    <message>
        <source>The site&apos;s catalogue has no course here.</source>
        <translation>El catálogo del sitio no tiene ningún curso aquí.</translation>
    </message>
    <message>
        <source>No course of the site matches “%1”.</source>
        <translation>Ningún curso del sitio coincide con «%1».</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 of %2 courses that match are shown; search with more words to see the others.</source>
        <translation>Se muestran %1 de los %2 cursos que coinciden; busque con más palabras para ver los demás.</translation>
    </message>
    <message>
        <source>clikc courses --add ID takes a course into your library without enrolling; --enrol ID enrols you where the course offers self-enrolment.</source>
        <translation>clikc courses --add ID añade un curso a su biblioteca sin inscribirse; --enrol ID le inscribe donde el curso ofrece la autoinscripción.</translation>
    </message>
    <message>
        <source>The site&apos;s catalogue has no course “%1” (see clikc courses --site-catalogue).</source>
        <translation>El catálogo del sitio no tiene ningún curso «%1» (vea clikc courses --site-catalogue).</translation>
    </message>
    <message>
        <source>%1 is already one of your courses.</source>
        <translation>%1 ya es uno de sus cursos.</translation>
    </message>
    <message>
        <source>%1 is in your library without enrolment; clikc sync downloads it.</source>
        <translation>%1 está en su biblioteca sin inscripción; clikc sync lo descarga.</translation>
    </message>
    <message>
        <source>You are already enrolled in %1.</source>
        <translation>Ya está inscrito en %1.</translation>
    </message>
    <message>
        <source>You are enrolled in %1; clikc sync downloads it.</source>
        <translation>Está inscrito en %1; clikc sync lo descarga.</translation>
    </message>
    <message>
        <source>%1 is no longer among your courses; what it holds on this computer stays until the space is needed.</source>
        <translation>%1 ya no está entre sus cursos; lo que ocupa en este equipo se queda hasta que se necesite el espacio.</translation>
    </message>
</context>
<context>
    <name>ConnectorError</name>
    <message>
        <source>“%1” is not a web address. Enter the address of your CLiKC! site, for example https://clikc.wcoomd.org.</source>
        <translation>«%1» no es una dirección web. Introduzca la dirección de su sitio CLiKC!, por ejemplo, https://clikc.wcoomd.org.</translation>
    </message>
    <message>
        <source>The site %1 does not use a secure connection (https). Your password would travel unprotected, so the application refuses to connect.</source>
        <translation>El sitio %1 no usa una conexión segura (https). Su contraseña viajaría sin protección, por lo que la aplicación se niega a conectarse.</translation>
    </message>
    <message>
        <source>No CLiKC! site answered at this address. Check the address of the site.</source>
        <translation>Ningún sitio CLiKC! ha respondido en esta dirección. Compruebe la dirección del sitio.</translation>
    </message>
    <message>
        <source>The username or password is wrong. Check them and try again.</source>
        <translation>El nombre de usuario o la contraseña son incorrectos. Compruébelos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to continue; nothing you did is lost.</source>
        <translation>Su inicio de sesión ha caducado. Vuelva a iniciar sesión para continuar; no se ha perdido nada de lo que hizo.</translation>
    </message>
    <message>
        <source>This site does not allow the CLiKC! application to connect. Ask the site&apos;s administrator to enable mobile web services.</source>
        <translation>Este sitio no permite que la aplicación CLiKC! se conecte. Pida al administrador del sitio que habilite los servicios web para dispositivos móviles.</translation>
    </message>
    <message>
        <source>This site does not offer everything the application needs (missing: %1). Ask the site&apos;s administrator to update the mobile service.</source>
        <translation>Este sitio no ofrece todo lo que necesita la aplicación (falta: %1). Pida al administrador del sitio que actualice el servicio móvil.</translation>
    </message>
    <message>
        <source>This site does not allow files to be downloaded to the application. Ask the site&apos;s administrator to allow file downloads for the mobile service.</source>
        <translation>Este sitio no permite descargar archivos en la aplicación. Pida al administrador del sitio que permita la descarga de archivos para el servicio móvil.</translation>
    </message>
    <message>
        <source>You are not allowed to see this. You may no longer be enrolled in the course.</source>
        <translation>No tiene permiso para ver este contenido. Es posible que su inscripción en el curso haya terminado.</translation>
    </message>
    <message>
        <source>This course or activity no longer exists on the site.</source>
        <translation>Este curso o esta actividad ya no existe en el sitio.</translation>
    </message>
    <message>
        <source>The site is under maintenance. Try again later.</source>
        <translation>El sitio está en mantenimiento. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The site reported an error: %1</source>
        <translation>El sitio ha notificado un error: %1</translation>
    </message>
    <message>
        <source>The site sent an answer that cannot be read. Try again later; if it goes on, tell the site&apos;s administrator.</source>
        <translation>El sitio ha enviado una respuesta que no se puede leer. Inténtelo de nuevo más tarde; si el problema continúa, avise al administrador del sitio.</translation>
    </message>
    <message>
        <source>The site answered with an error (HTTP %1). Try again later.</source>
        <translation>El sitio ha respondido con un error (HTTP %1). Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The site did not answer in time. The connection may be slow or down; the application will try again.</source>
        <translation>El sitio no ha respondido a tiempo. Es posible que la conexión sea lenta o esté caída; la aplicación volverá a intentarlo.</translation>
    </message>
    <message>
        <source>The site cannot be reached (%1). Check the connection; you can keep studying what is on this computer.</source>
        <translation>No se puede acceder al sitio (%1). Compruebe la conexión; puede seguir estudiando lo que hay en este equipo.</translation>
    </message>
    <message>
        <source>The site&apos;s secure connection cannot be trusted (%1). Check the computer&apos;s date and time, or ask the site&apos;s administrator.</source>
        <translation>La conexión segura del sitio no es de confianza (%1). Compruebe la fecha y la hora del equipo o consulte al administrador del sitio.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The site %1 does not answer over a secure connection (https), only over an unencrypted one (http), where your password would travel unprotected.</source>
        <translation>El sitio %1 no responde por una conexión segura (https), solo por una conexión sin cifrar (http), en la que su contraseña viajaría sin protección.</translation>
    </message>
    <message>
        <source>The site sent the request on to another address (%1), on another site or without a secure connection. It was not followed, so that your password and sign-in stay with the site.</source>
        <translation>El sitio reenvió la solicitud a otra dirección (%1), en otro sitio o sin conexión segura. No se ha seguido, para que su contraseña y su sesión se queden en el sitio.</translation>
    </message>
    <message>
        <source>The site did not let you enrol yourself in this course: %1</source>
        <translation>El sitio no le ha permitido inscribirse en este curso: %1</translation>
    </message>
    <message>
        <source>it offers no self-enrolment now.</source>
        <translation>no ofrece autoinscripción en este momento.</translation>
    </message>
</context>
<context>
    <name>DownloadError</name>
    <message>
        <source>There is not enough free disk space for this file (%1 needed). Free some space, then choose Resume.</source>
        <translation>No hay suficiente espacio libre en el disco para este archivo (se necesitan %1). Libere espacio y, a continuación, elija Reanudar.</translation>
    </message>
    <message>
        <source>The file could not be written to this computer (%1). Check that the library&apos;s folder can be written to, then choose Resume.</source>
        <translation>No se ha podido escribir el archivo en este equipo (%1). Compruebe que se puede escribir en la carpeta de la biblioteca y elija Reanudar.</translation>
    </message>
    <message>
        <source>The downloaded file could not be moved into the library (%1). Check that the library&apos;s folder can be written to, then choose Resume.</source>
        <translation>El archivo descargado no se pudo colocar en la biblioteca (%1). Compruebe que se puede escribir en la carpeta de la biblioteca y elija Reanudar.</translation>
    </message>
    <message>
        <source>The library could not record the downloaded file. Check that the library&apos;s folder can be written to, then choose Resume.</source>
        <translation>La biblioteca no pudo registrar el archivo descargado. Compruebe que se puede escribir en la carpeta de la biblioteca y elija Reanudar.</translation>
    </message>
    <message>
        <source>The file arrived damaged several times (its checksum does not match the site&apos;s). The damaged copies were thrown away.</source>
        <translation>El archivo llegó dañado varias veces (su suma de comprobación no coincide con la del sitio). Se han descartado las copias dañadas.</translation>
    </message>
    <message>
        <source>The site lists this file at another site (%1). It is not downloaded from there, so that your sign-in stays with your site.</source>
        <translation>El sitio indica este archivo en otro sitio (%1). No se descarga desde allí, para que su sesión se quede en su sitio.</translation>
    </message>
    <message>
        <source>The course source in %1 does not hold this file, or it cannot be read there (a link, or not an ordinary file). Check that the folder holds the whole mirror, then choose Resume.</source>
        <translation>La fuente de cursos en %1 no contiene este archivo, o no se puede leer allí (un enlace, o no es un archivo normal). Compruebe que la carpeta contiene toda la réplica y elija Reanudar.</translation>
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
        <translation>d MMM yyyy, HH:mm</translation>
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
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Interactive lesson</source>
        <translation>Lección interactiva</translation>
    </message>
    <message>
        <source>Web link</source>
        <translation>Enlace web</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Libro</translation>
    </message>
    <message>
        <source>Online activity</source>
        <translation>Actividad en línea</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <source>Partly on this computer</source>
        <translation>Parcialmente en este equipo</translation>
    </message>
    <message>
        <source>Not on this computer</source>
        <translation>No está en este equipo</translation>
    </message>
    <message>
        <source>Needs a connection</source>
        <translation>Requiere conexión</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>No completada</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Some files failed to download</source>
        <translation>No se pudieron descargar algunos archivos</translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>Actualización disponible</translation>
    </message>
    <message>
        <source>On the site only</source>
        <translation>Solo en el sitio</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Error en la descarga</translation>
    </message>
    <message>
        <source>Partly downloaded</source>
        <translation>Parcialmente descargada</translation>
    </message>
    <message>
        <source>Opened the course</source>
        <translation>Curso abierto</translation>
    </message>
    <message>
        <source>Opened the activity</source>
        <translation>Actividad abierta</translation>
    </message>
    <message>
        <source>Marked as complete</source>
        <translation>Marcada como completada</translation>
    </message>
    <message>
        <source>Marked as not complete</source>
        <translation>Marcada como no completada</translation>
    </message>
    <message>
        <source>Lesson results (attempt %1)</source>
        <translation>Resultados de la lección (intento %1)</translation>
    </message>
    <message>
        <source>Changed on the site after your change on this computer; the site&apos;s state was kept.</source>
        <translation>Se modificó en el sitio después de su cambio en este equipo; se ha conservado el estado del sitio.</translation>
    </message>
    <message>
        <source>The site no longer lets you mark this activity as complete yourself.</source>
        <translation>El sitio ya no le permite marcar manualmente esta actividad como completada.</translation>
    </message>
    <message>
        <source>This activity no longer exists on the site.</source>
        <translation>Esta actividad ya no existe en el sitio.</translation>
    </message>
    <message>
        <source>The site does not allow this for your account.</source>
        <translation>El sitio no lo permite para su cuenta.</translation>
    </message>
    <message>
        <source>The site did not accept it (%1).</source>
        <translation>El sitio no la ha aceptado (%1).</translation>
    </message>
    <message>
        <source>The site did not accept it: %1</source>
        <extracomment>%1 is the site&apos;s own message, in the site&apos;s language.</extracomment>
        <translation>El sitio no la ha aceptado: %1</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>No aprobado</translation>
    </message>
    <message>
        <source>%1 · %2%</source>
        <extracomment>A lesson&apos;s result and score, e.g. &quot;Passed · 85%&quot;.</extracomment>
        <translation>%1 · %2&#xa0;%</translation>
    </message>
    <message>
        <source>The site does not track completion for this course.</source>
        <translation>El sitio no hace seguimiento de la finalización de este curso.</translation>
    </message>
    <message numerus="yes">
        <source>The site does not track completion for this course; you finished %n activity(s) here (lessons passed or completed, videos watched).</source>
        <translation>
            <numerusform>El sitio no hace seguimiento de la finalización de este curso; ha terminado %n actividad aquí (lecciones aprobadas o completadas, vídeos vistos).</numerusform>
            <numerusform>El sitio no hace seguimiento de la finalización de este curso; ha terminado %n actividades aquí (lecciones aprobadas o completadas, vídeos vistos).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryError</name>
    <message>
        <source>This course or activity is no longer in the library.</source>
        <translation>Este curso o esta actividad ya no está en la biblioteca.</translation>
    </message>
    <message>
        <source>This lesson is not on this computer yet: download it first.</source>
        <translation>Esta lección aún no está en este equipo: descárguela primero.</translation>
    </message>
    <message>
        <source>This activity is completed by the site, not by ticking it here.</source>
        <translation>Esta actividad la completa el sitio, no marcándola aquí.</translation>
    </message>
    <message>
        <source>The library could not be written. Check that its folder can be written to and that the disk is not full.</source>
        <translation>No se pudo escribir en la biblioteca. Compruebe que se puede escribir en su carpeta y que el disco no está lleno.</translation>
    </message>
    <message>
        <source>There is not enough free disk space for this. Free some space, then try again.</source>
        <translation>No hay suficiente espacio libre en el disco. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The lesson could not be unpacked: the disk is full or cannot be written.</source>
        <translation>No se pudo descomprimir la lección: el disco está lleno o no se puede escribir en él.</translation>
    </message>
    <message>
        <source>The library&apos;s folder cannot be written to. Check its permissions, or that the drive it is on is not read-only.</source>
        <translation>No se puede escribir en la carpeta de la biblioteca. Compruebe sus permisos, o que la unidad en la que está no sea de solo lectura.</translation>
    </message>
    <message>
        <source>Another program is using the library. Close any other copy of CLiKC! Desktop or the command line, then try again.</source>
        <translation>Otro programa está usando la biblioteca. Cierre cualquier otra copia de CLiKC! Desktop o de la línea de comandos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The library&apos;s database is damaged. Keep a copy of the library folder and ask your coordinator for help; nothing more was written to it.</source>
        <translation>La base de datos de la biblioteca está dañada. Guarde una copia de la carpeta de la biblioteca y pida ayuda a su coordinador; no se escribió nada más en ella.</translation>
    </message>
    <message>
        <source>A learner&apos;s name needs 1 to 64 characters.</source>
        <translation>El nombre de un alumno debe tener de 1 a 64 caracteres.</translation>
    </message>
    <message>
        <source>There is already a learner called %1 on this computer.</source>
        <translation>Ya hay un alumno llamado %1 en este equipo.</translation>
    </message>
    <message>
        <source>This is the only learner of the library: it cannot be removed.</source>
        <translation>Es el único alumno de la biblioteca: no se puede quitar.</translation>
    </message>
    <message>
        <source>A PIN or passphrase needs at least %1 and at most %2 characters.</source>
        <translation>Un PIN o una frase de contraseña debe tener al menos %1 y como máximo %2 caracteres.</translation>
    </message>
</context>
<context>
    <name>MirrorError</name>
    <message>
        <source>This folder is not a CLiKC! mirror: it has no catalogue.json.</source>
        <translation>Esta carpeta no es una réplica de CLiKC!: no contiene el archivo catalogue.json.</translation>
    </message>
    <message>
        <source>The mirror&apos;s catalogue is damaged and cannot be read.</source>
        <translation>El catálogo de la réplica está dañado y no se puede leer.</translation>
    </message>
    <message>
        <source>This folder does not hold a CLiKC! mirror.</source>
        <translation>No se ha encontrado ninguna réplica de CLiKC! en esta carpeta.</translation>
    </message>
    <message>
        <source>This mirror was written by a newer version of CLiKC! Desktop (format %1). Update the application to import it.</source>
        <translation>Esta réplica se creó con una versión más reciente de CLiKC! Desktop (formato %1). Actualice la aplicación para importarla.</translation>
    </message>
    <message>
        <source>The course “%1” is not in this mirror.</source>
        <translation>El curso «%1» no está en esta réplica.</translation>
    </message>
    <message>
        <source>The description of the course “%1” is missing from the mirror.</source>
        <translation>Falta en la réplica la descripción del curso «%1».</translation>
    </message>
    <message>
        <source>The description of the course “%1” has been changed or damaged since the mirror was made.</source>
        <translation>La descripción del curso «%1» se ha modificado o dañado desde que se creó la réplica.</translation>
    </message>
    <message>
        <source>The description of the course “%1” is damaged and cannot be read.</source>
        <translation>La descripción del curso «%1» está dañada y no se puede leer.</translation>
    </message>
    <message>
        <source>The mirror names a file outside its own folder (“%1”) and was refused.</source>
        <translation>La réplica hace referencia a un archivo situado fuera de su propia carpeta («%1») y se ha rechazado.</translation>
    </message>
    <message>
        <source>The file “%1” is missing from the mirror.</source>
        <translation>Falta el archivo «%1» en la réplica.</translation>
    </message>
    <message>
        <source>The file “%1” in the mirror does not have the expected size; it may be truncated.</source>
        <translation>El archivo «%1» de la réplica no tiene el tamaño esperado; puede estar truncado.</translation>
    </message>
    <message>
        <source>The file “%1” in the mirror has been changed or damaged since the mirror was made.</source>
        <translation>El archivo «%1» de la réplica se ha modificado o dañado desde que se creó la réplica.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to import the course “%1”.</source>
        <translation>No hay suficiente espacio libre en el disco para importar el curso «%1».</translation>
    </message>
    <message>
        <source>The course “%1” could not be written to the library.</source>
        <translation>No se pudo guardar el curso «%1» en la biblioteca.</translation>
    </message>
    <message>
        <source>The library database could not be updated.</source>
        <translation>No se pudo actualizar la base de datos de la biblioteca.</translation>
    </message>
    <message>
        <source>The course “%1” cannot be imported: its activity “%2” is to complete itself (“automatic”), which only a SCORM lesson can do.</source>
        <translation>No se puede importar el curso «%1»: su actividad «%2» debe completarse por sí sola («automatic»), algo que solo puede hacer una lección SCORM.</translation>
    </message>
    <message>
        <source>The course “%1” cannot be imported: its activity “%2” has a completion rule this version of CLiKC! Desktop does not know (“%3”).</source>
        <translation>No se puede importar el curso «%1»: su actividad «%2» se completa según una regla que esta versión de CLiKC! Desktop no conoce («%3»).</translation>
    </message>
    <message>
        <source>“%1” in the mirror is not an ordinary file (it is a link, a device or a folder) and was refused.</source>
        <translation>«%1» en la réplica no es un archivo normal (es un enlace, un dispositivo o una carpeta) y se ha rechazado.</translation>
    </message>
    <message>
        <source>The folder “%1” already holds other files. Choose an empty folder, or one that holds a CLiKC! mirror to bring up to date.</source>
        <translation>La carpeta «%1» ya contiene otros archivos. Elija una carpeta vacía, o una que contenga una réplica de CLiKC! que actualizar.</translation>
    </message>
    <message>
        <source>The courses cannot be written to “%1”: it is not a folder that can be written to.</source>
        <translation>Los cursos no se pueden escribir en «%1»: no es una carpeta en la que se pueda escribir.</translation>
    </message>
    <message>
        <source>There is not enough free space in the chosen folder: the export needs %1 and %2 is free.</source>
        <translation>No hay suficiente espacio libre en la carpeta elegida: la exportación necesita %1 y hay %2 libres.</translation>
    </message>
    <message>
        <source>The course “%1” is not entirely on this computer, so it was not exported. Download it (or its updates) first.</source>
        <translation>El curso «%1» no está completo en este equipo, por lo que no se exportó. Descárguelo (o sus actualizaciones) primero.</translation>
    </message>
    <message>
        <source>There is no course “%1” in this library.</source>
        <translation>No hay ningún curso «%1» en esta biblioteca.</translation>
    </message>
    <message>
        <source>The file “%1” of the course “%2” is damaged on this computer, so the course was not exported. Check the library (File › Check the library, or clikc library verify) and download it again.</source>
        <translation>El archivo «%1» del curso «%2» está dañado en este equipo, por lo que el curso no se exportó. Compruebe la biblioteca (Archivo › Comprobar la biblioteca, o clikc library verify) y vuelva a descargarlo.</translation>
    </message>
    <message>
        <source>Writing “%1” failed; the folder still holds its previous mirror. Check that the drive is connected and not full.</source>
        <translation>No se pudo escribir «%1»; la carpeta sigue conteniendo su réplica anterior. Compruebe que la unidad está conectada y no está llena.</translation>
    </message>
    <message>
        <source>This mirror says it was signed by “%1”, but its signature does not match: it was changed after it was signed, or not signed by them. Nothing was imported.</source>
        <translation>Esta réplica dice estar firmada por «%1», pero su firma no coincide: se modificó después de firmarse, o no la firmó esa persona. No se importó nada.</translation>
    </message>
    <message>
        <source>The mirror changed while it was being imported: it is no longer signed by the signer you confirmed. Nothing was imported.</source>
        <translation>La réplica cambió durante la importación: ya no está firmada por la persona que usted confirmó. No se importó nada.</translation>
    </message>
    <message>
        <source>The course source at %1 could not be reached (%2). Check that the server or shared folder is on and that this computer is on its network.</source>
        <translation>No se pudo llegar a la fuente de cursos en %1 (%2). Compruebe que el servidor o la carpeta compartida están encendidos y que este equipo está en su red.</translation>
    </message>
    <message>
        <source>The course source at %1 was refused: it is not on this computer and not over HTTPS, or it sent the request elsewhere. Use its https:// address, or allow plain HTTP for a mirror on your own network.</source>
        <translation>Se rechazó la fuente de cursos en %1: no está en este equipo ni usa HTTPS, o envió la petición a otro sitio. Use su dirección https://, o permita HTTP sin cifrar para una réplica de su propia red.</translation>
    </message>
    <message>
        <source>The course source at %1 sent more than a mirror&apos;s description can hold, and was refused.</source>
        <translation>La fuente de cursos en %1 envió más de lo que puede contener la descripción de una réplica y se rechazó.</translation>
    </message>
    <message>
        <source>The course source at %1 is no longer signed by the signer it was added with. Its courses were not updated. If you trust the new signer, remove the source and add it again.</source>
        <translation>La fuente de cursos en %1 ya no está firmada por el firmante con el que se añadió. Sus cursos no se actualizaron. Si confía en el nuevo firmante, quite la fuente y vuelva a añadirla.</translation>
    </message>
</context>
<context>
    <name>PackageError</name>
    <message>
        <source>The lesson package could not be opened.</source>
        <translation>No se pudo abrir el paquete de la lección.</translation>
    </message>
    <message>
        <source>This lesson package is damaged and cannot be opened.</source>
        <translation>Este paquete de lección está dañado y no se puede abrir.</translation>
    </message>
    <message>
        <source>This lesson package is damaged and cannot be opened (“%1”).</source>
        <translation>Este paquete de lección está dañado y no se puede abrir («%1»).</translation>
    </message>
    <message>
        <source>This lesson package is protected by a password and cannot be opened (“%1”).</source>
        <translation>Este paquete de lección está protegido con contraseña y no se puede abrir («%1»).</translation>
    </message>
    <message>
        <source>This lesson package is unsafe: it names a file by an absolute path (“%1”).</source>
        <translation>Este paquete de lección no es seguro: hace referencia a un archivo mediante una ruta absoluta («%1»).</translation>
    </message>
    <message>
        <source>This lesson package is unsafe: it would write a file outside its own folder (“%1”).</source>
        <translation>Este paquete de lección no es seguro: escribiría un archivo fuera de su propia carpeta («%1»).</translation>
    </message>
    <message>
        <source>This lesson package contains a file whose name cannot be read (“%1”).</source>
        <translation>Este paquete de lección contiene un archivo cuyo nombre no se puede leer («%1»).</translation>
    </message>
    <message>
        <source>This lesson package is unsafe: it contains a link (“%1”).</source>
        <translation>Este paquete de lección no es seguro: contiene un enlace («%1»).</translation>
    </message>
    <message>
        <source>This lesson package is unsafe: it contains a device or other special file (“%1”).</source>
        <translation>Este paquete de lección no es seguro: contiene un archivo de dispositivo u otro archivo especial («%1»).</translation>
    </message>
    <message>
        <source>This lesson package contains too many files to be unpacked safely.</source>
        <translation>Este paquete de lección contiene demasiados archivos para descomprimirlo de forma segura.</translation>
    </message>
    <message>
        <source>This lesson package is too large to be unpacked (at “%1”).</source>
        <translation>Este paquete de lección es demasiado grande para descomprimirlo (en «%1»).</translation>
    </message>
    <message>
        <source>This lesson package is unsafe: it would unpack to far more data than it holds (at “%1”).</source>
        <translation>Este paquete de lección no es seguro: al descomprimirlo generaría muchos más datos de los que contiene (en «%1»).</translation>
    </message>
    <message>
        <source>This lesson package is damaged: the file “%1” is not the size it declares.</source>
        <translation>Este paquete de lección está dañado: el archivo «%1» no tiene el tamaño indicado.</translation>
    </message>
    <message>
        <source>This lesson package contains the same file twice (“%1”).</source>
        <translation>Este paquete de lección contiene el mismo archivo dos veces («%1»).</translation>
    </message>
    <message>
        <source>This is not a SCORM lesson package: it has no imsmanifest.xml at its top level.</source>
        <translation>Este no es un paquete de lección SCORM: no contiene ningún archivo imsmanifest.xml en su raíz.</translation>
    </message>
    <message>
        <source>This lesson package is damaged: its imsmanifest.xml is empty or cannot be read.</source>
        <translation>Este paquete de lección está dañado: su archivo imsmanifest.xml está vacío o no se puede leer.</translation>
    </message>
    <message>
        <source>The lesson could not be unpacked: its working folder is not usable.</source>
        <translation>No se pudo descomprimir la lección: su carpeta de trabajo no se puede usar.</translation>
    </message>
    <message>
        <source>Unpacking the lesson was cancelled.</source>
        <translation>Se ha cancelado la descompresión de la lección.</translation>
    </message>
    <message>
        <source>The lesson could not be unpacked: writing “%1” to the disk failed (%2).</source>
        <extracomment>%2 is the system&apos;s reason, e.g. &quot;File name too long&quot; or &quot;No space left on device&quot;</extracomment>
        <translation>No se ha podido descomprimir la lección: ha fallado la escritura de «%1» en el disco (%2).</translation>
    </message>
    <message>
        <source>the disk may be full or read-only</source>
        <translation>puede que el disco esté lleno o sea de solo lectura</translation>
    </message>
</context>
<context>
    <name>ScormManifestError</name>
    <message>
        <source>The lesson&apos;s description (imsmanifest.xml) cannot be read.</source>
        <translation>No se puede leer la descripción de la lección (imsmanifest.xml).</translation>
    </message>
    <message>
        <source>The lesson&apos;s description (imsmanifest.xml) is too large or too complex to be read.</source>
        <translation>La descripción de la lección (imsmanifest.xml) es demasiado grande o compleja para leerla.</translation>
    </message>
    <message>
        <source>The lesson&apos;s description (imsmanifest.xml) is damaged and cannot be read.</source>
        <translation>La descripción de la lección (imsmanifest.xml) está dañada y no se puede leer.</translation>
    </message>
    <message>
        <source>This is not a SCORM lesson: its imsmanifest.xml does not describe a package.</source>
        <translation>Esta no es una lección SCORM: su archivo imsmanifest.xml no describe ningún paquete.</translation>
    </message>
    <message>
        <source>This lesson has nothing to open: its description lists no page or activity.</source>
        <translation>Esta lección no tiene nada que abrir: su descripción no incluye ninguna página ni actividad.</translation>
    </message>
    <message>
        <source>The lesson&apos;s description refers to content that is not in the package (“%1”).</source>
        <translation>La descripción de la lección hace referencia a contenido que no está en el paquete («%1»).</translation>
    </message>
    <message>
        <source>This lesson opens a page on the internet (“%1”), which cannot work offline.</source>
        <translation>Esta lección abre una página de internet («%1»), lo cual no funciona sin conexión.</translation>
    </message>
    <message>
        <source>This lesson package is unsafe: it refers to a file outside the package (“%1”).</source>
        <translation>Este paquete de lección no es seguro: hace referencia a un archivo situado fuera del paquete («%1»).</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <source>%1 of %2 (%3)</source>
        <extracomment>Downloaded so far, of the whole download, and the percentage: &quot;3.5 MB of 7.0 MB (50%)&quot;</extracomment>
        <translation>%1 de %2 (%3)</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>A transfer rate: &quot;1.2 MB/s&quot;</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <extracomment>The time the download should still take: &quot;about 3 min 20 s left&quot;</extracomment>
        <translation>quedan aprox. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left</source>
        <translation>
            <numerusform>queda %n archivo</numerusform>
            <numerusform>quedan %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished: %1 of %2 downloaded (%3).</source>
        <translation>Terminado: %1 de %2 descargados (%3).</translation>
    </message>
    <message>
        <source>Nothing to download: the chosen courses are already on this computer.</source>
        <translation>Nada que descargar: los cursos elegidos ya están en este equipo.</translation>
    </message>
</context>
<context>
    <name>clikc::AccountService</name>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Sesión iniciada en %1 como %2.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>No ha iniciado sesión.</translation>
    </message>
    <message>
        <source>You signed out of %1. Your courses and progress stay on this computer.</source>
        <translation>Ha cerrado la sesión en %1. Sus cursos y su progreso se quedan en este equipo.</translation>
    </message>
    <message>
        <source>Your sign-in to %1 as %2 has expired: the site no longer accepts it. Sign in again; nothing you did is lost.</source>
        <translation>Su inicio de sesión en %1 como %2 ha caducado: el sitio ya no lo acepta. Vuelva a iniciar sesión; no se ha perdido nada de lo que hizo.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain no longer holds the sign-in to %1 as %2. Sign in again; nothing you did is lost.</source>
        <translation>El llavero de este equipo ya no guarda el inicio de sesión en %1 como %2. Vuelva a iniciar sesión; no se ha perdido nada de lo que hizo.</translation>
    </message>
</context>
<context>
    <name>clikc::AppContext</name>
    <message>
        <source>the clikc command</source>
        <translation>el comando clikc</translation>
    </message>
    <message>
        <source>another copy of CLiKC! Desktop</source>
        <translation>otra instancia de CLiKC! Desktop</translation>
    </message>
    <message>
        <source>This library is in use by %1 (process %2). Close it or let it finish, then try again.</source>
        <translation>Esta biblioteca está en uso por %1 (proceso %2). Cierre ese programa o espere a que termine y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This library is in use by another program. Close it or let it finish, then try again.</source>
        <translation>Esta biblioteca está en uso por otro programa. Cierre ese programa o espere a que termine y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The library folder cannot be written to.</source>
        <translation>No se puede escribir en la carpeta de la biblioteca.</translation>
    </message>
</context>
<context>
    <name>clikc::CatalogueDialog</name>
    <message>
        <source>The site&apos;s catalogue</source>
        <translation>El catálogo del sitio</translation>
    </message>
    <message>
        <source>Every course of the site that your account may see. Add one to your library without enrolling (if your account may view it), or enrol yourself where the course offers it; it then downloads like your other courses.</source>
        <translation>Todos los cursos del sitio que su cuenta puede ver. Añada uno a su biblioteca sin inscribirse (si su cuenta puede consultarlo), o inscríbase donde el curso lo ofrezca; después se descarga como sus demás cursos.</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Palabras:</translation>
    </message>
    <message>
        <source>Words of the course&apos;s name or summary</source>
        <translation>Palabras del nombre o del resumen del curso</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Courses of the site</source>
        <translation>Cursos del sitio</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>&amp;Add to my library</source>
        <translation>Aña&amp;dir a mi biblioteca</translation>
    </message>
    <message>
        <source>&amp;Enrol me</source>
        <translation>&amp;Inscribirme</translation>
    </message>
    <message>
        <source>Re&amp;move from my library</source>
        <translation>&amp;Quitar de mi biblioteca</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Adding %1 to your library…</source>
        <translation>Añadiendo %1 a su biblioteca…</translation>
    </message>
    <message>
        <source>Enrolling you in %1…</source>
        <translation>Inscribiéndole en %1…</translation>
    </message>
    <message>
        <source>Removing %1 from your library…</source>
        <translation>Quitando %1 de su biblioteca…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is in your library; download it from My courses.</source>
        <translation>%1 está en su biblioteca; descárguelo desde Mis cursos.</translation>
    </message>
    <message>
        <source>You are enrolled in %1; it is in your library.</source>
        <translation>Está inscrito en %1; está en su biblioteca.</translation>
    </message>
    <message>
        <source>%1 is no longer among your courses.</source>
        <translation>%1 ya no está entre sus cursos.</translation>
    </message>
    <message>
        <source>Reading the site&apos;s catalogue…</source>
        <translation>Leyendo el catálogo del sitio…</translation>
    </message>
    <message>
        <source>No course matches “%1”.</source>
        <translation>Ningún curso coincide con «%1».</translation>
    </message>
    <message>
        <source>%1 of %2 courses that match are shown; add words to find the others.</source>
        <translation>Se muestran %1 de los %2 cursos que coinciden; añada palabras para encontrar los demás.</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s).</source>
        <translation>
            <numerusform>%n curso.</numerusform>
            <numerusform>%n cursos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clikc::CatalogueModel</name>
    <message>
        <source>Enrolled</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>In your library, not enrolled</source>
        <translation>En su biblioteca, sin inscripción</translation>
    </message>
    <message>
        <source>Self-enrolment offered</source>
        <translation>Autoinscripción disponible</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>No inscrito</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>clikc::CourseModel</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation>Disponible sin conexión</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Finalización</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Mark as complete</source>
        <translation>Marcar como completada</translation>
    </message>
    <message>
        <source>Tick it once you have finished this activity; the site learns of it the next time it can be reached.</source>
        <translation>Marque la casilla cuando haya terminado esta actividad; el sitio recibirá el aviso la próxima vez que se pueda acceder a él.</translation>
    </message>
    <message>
        <source>The site decides when this activity is complete.</source>
        <translation>El sitio determina cuándo se completa esta actividad.</translation>
    </message>
    <message>
        <source>Attempt %1. Open the lesson to continue or to start again.</source>
        <translation>Intento %1. Abra la lección para continuarla o empezarla de nuevo.</translation>
    </message>
</context>
<context>
    <name>clikc::CoursePage</name>
    <message>
        <source>‹ My courses</source>
        <translation>‹ Mis cursos</translation>
    </message>
    <message>
        <source>Back to the list of courses (Alt+Left)</source>
        <translation>Volver a la lista de cursos (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Download activity</source>
        <translation>Descargar la actividad</translation>
    </message>
    <message>
        <source>Download section</source>
        <translation>Descargar la sección</translation>
    </message>
    <message>
        <source>Download course</source>
        <translation>Descargar el curso</translation>
    </message>
    <message>
        <source>Open in the browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>This activity needs a connection: it opens on the site</source>
        <translation>Esta actividad requiere conexión: se abre en el sitio</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n activities completed</source>
        <translation>
            <numerusform>%1 de %n actividad completada</numerusform>
            <numerusform>%1 de %n actividades completadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click an activity, or select it and press Enter, to study it. Space ticks it as complete.</source>
        <translation>Haga doble clic en una actividad, o selecciónela y pulse Intro, para estudiarla. La barra espaciadora la marca como completada.</translation>
    </message>
    <message>
        <source>&amp;Mark as complete</source>
        <translation>&amp;Marcar como completada</translation>
    </message>
    <message>
        <source>Tick it once you have finished this activity; the site learns of it the next time it can be reached.</source>
        <translation>Márquela cuando haya terminado esta actividad; el sitio lo sabrá la próxima vez que se pueda acceder a él.</translation>
    </message>
    <message>
        <source>Sections and activities</source>
        <translation>Secciones y actividades</translation>
    </message>
    <message>
        <source>Press Enter to open the selected activity and Space to mark it as complete</source>
        <translation>Pulse Intro para abrir la actividad seleccionada y Espacio para marcarla como completada</translation>
    </message>
</context>
<context>
    <name>clikc::DownloadsModel</name>
    <message>
        <source>Waiting for you to sign in again</source>
        <translation>Esperando a que vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>Will try again: %1</source>
        <translation>Se volverá a intentar: %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Where a file&apos;s bytes come from: the site&apos;s address, or a mirror on the local network</extracomment>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>clikc::DownloadsPage</name>
    <message>
        <source>‹ My courses</source>
        <translation>‹ Mis cursos</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Nothing is being downloaded. Open a course and choose Download to take it offline.</source>
        <translation>No se está descargando nada. Abra un curso y elija Descargar para tenerlo disponible sin conexión.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Pausar todo</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Reanudar todo</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Quitar las descargas terminadas</translation>
    </message>
    <message>
        <source>&amp;Files at once:</source>
        <translation>Archivos &amp;simultáneos:</translation>
    </message>
    <message>
        <source>How many files download at the same time</source>
        <translation>Número de archivos que se descargan a la vez</translation>
    </message>
    <message>
        <source>&amp;Limit download speed to</source>
        <translation>&amp;Limitar la velocidad de descarga a</translation>
    </message>
    <message>
        <source>Leave bandwidth for other work on a shared or slow link</source>
        <translation>Dejar ancho de banda para otras tareas en una conexión compartida o lenta</translation>
    </message>
    <message>
        <source> kB/s</source>
        <extracomment>Unit after the download speed limit, as rates are written elsewhere (kB/s).</extracomment>
        <translation> kB/s</translation>
    </message>
    <message>
        <source>Download speed limit in kilobytes per second</source>
        <translation>Límite de velocidad de descarga en kilobytes por segundo</translation>
    </message>
    <message>
        <source>Files downloaded at once</source>
        <translation>Archivos descargados a la vez</translation>
    </message>
    <message>
        <source>Back to the list of courses (Esc)</source>
        <translation>Volver a la lista de cursos (Esc)</translation>
    </message>
    <message>
        <source>Download &amp;automatically between</source>
        <translation>Descargar &amp;automáticamente entre</translation>
    </message>
    <message>
        <source>In these hours, every course not entirely on this computer is downloaded; outside them, downloads pause (a course you download yourself still goes at once)</source>
        <translation>En estas horas se descarga cada curso que no está entero en este equipo; fuera de ellas, las descargas se pausan (un curso que descargue usted mismo sale enseguida)</translation>
    </message>
    <message>
        <source>and</source>
        <extracomment>Between two hours: &quot;Download automatically between 22:00 and 06:00&quot;</extracomment>
        <translation>y</translation>
    </message>
    <message>
        <source>Download automatically from</source>
        <translation>Descargar automáticamente desde</translation>
    </message>
    <message>
        <source>Download automatically until</source>
        <translation>Descargar automáticamente hasta</translation>
    </message>
    <message>
        <source>Downloading now, in these hours.</source>
        <translation>Descargando ahora, dentro de estas horas.</translation>
    </message>
    <message>
        <source>Downloads wait for these hours.</source>
        <translation>Las descargas esperan a estas horas.</translation>
    </message>
</context>
<context>
    <name>clikc::ExportDialog</name>
    <message>
        <source>Export courses to a folder or USB drive</source>
        <translation>Exportar cursos a una carpeta o una memoria USB</translation>
    </message>
    <message>
        <source>The folder becomes a copy of the courses ticked below, which other computers import with no network (File › Import a mirror…). Exporting again into the same folder copies only what changed.</source>
        <translation>La carpeta se convierte en una copia de los cursos marcados abajo, que otros equipos importan sin red (Archivo › Importar una réplica…). Exportar de nuevo a la misma carpeta solo copia lo que ha cambiado.</translation>
    </message>
    <message>
        <source>&amp;Courses:</source>
        <translation>&amp;Cursos:</translation>
    </message>
    <message>
        <source>Courses to export</source>
        <translation>Cursos que exportar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not entirely on this computer)</source>
        <translation>%1 (no está completo en este equipo)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todos</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>Seleccionar &amp;ninguno</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Ca&amp;rpeta:</translation>
    </message>
    <message>
        <source>An empty folder, or one that holds an earlier export</source>
        <translation>Una carpeta vacía, o una que contenga una exportación anterior</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Ele&amp;gir…</translation>
    </message>
    <message>
        <source>Choose the folder or the USB drive</source>
        <translation>Elegir la carpeta o la memoria USB</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) chosen, %1.</source>
        <translation>
            <numerusform>%n curso elegido, %1.</numerusform>
            <numerusform>%n cursos elegidos, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 free in that folder: not enough unless part of it is there from an earlier export.</source>
        <translation>%1 libres en esa carpeta: no es suficiente, salvo que una parte ya esté allí de una exportación anterior.</translation>
    </message>
    <message>
        <source>%1 free in that folder.</source>
        <translation>%1 libres en esa carpeta.</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>Preparando la exportación…</translation>
    </message>
    <message>
        <source>%1 of %2 copied (%3)</source>
        <translation>%1 de %2 copiados (%3)</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>A transfer rate: &quot;1.2 MB/s&quot;</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <extracomment>The time the export should still take: &quot;about 3 min 20 s left&quot;</extracomment>
        <translation>quedan unos %1</translation>
    </message>
    <message>
        <source>The export was stopped. The folder still holds its previous mirror, if it had one.</source>
        <translation>La exportación se detuvo. La carpeta sigue conteniendo su réplica anterior, si tenía una.</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) exported to %1.</source>
        <translation>
            <numerusform>%n curso exportado a %1.</numerusform>
            <numerusform>%n cursos exportados a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files: %1, %2, %3.</source>
        <extracomment>&quot;Files: 12 copied (1.2 GB), 3 already there, 2 no longer used removed.&quot;</extracomment>
        <translation>Archivos: %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n copied (%1)</source>
        <translation>
            <numerusform>%n copiado (%1)</numerusform>
            <numerusform>%n copiados (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n ya presente</numerusform>
            <numerusform>%n ya presentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer used removed</source>
        <translation>
            <numerusform>%n que ya no se usaba eliminado</numerusform>
            <numerusform>%n que ya no se usaban eliminados</numerusform>
        </translation>
    </message>
    <message>
        <source>Your name, as the people who import it will see it</source>
        <translation>Su nombre, tal como lo verán quienes la importen</translation>
    </message>
    <message>
        <source>Looking for this computer&apos;s signing key…</source>
        <translation>Buscando la clave de firma de este equipo…</translation>
    </message>
    <message>
        <source>The system keychain is not available, so this export will not be signed: the people who import it cannot check who made it.</source>
        <translation>El llavero del sistema no está disponible, así que esta exportación no se firmará: quienes la importen no podrán comprobar quién la hizo.</translation>
    </message>
    <message>
        <source>Signed with this computer&apos;s key, fingerprint %1. Keep the same name, so that the people who import your exports recognise you.</source>
        <translation>Firmado con la clave de este equipo, huella %1. Mantenga el mismo nombre, para que quienes importen sus exportaciones le reconozcan.</translation>
    </message>
    <message>
        <source>Signed by %1.</source>
        <translation>Firmado por %1.</translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation>&amp;Firmado por:</translation>
    </message>
</context>
<context>
    <name>clikc::GuideDialog</name>
    <message>
        <source>Coordinator&apos;s guide</source>
        <translation>Guía del coordinador</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>clikc::LearnerChooser</name>
    <message>
        <source>On this computer only</source>
        <translation>Solo en este equipo</translation>
    </message>
    <message>
        <source>Last used %1</source>
        <translation>Último uso: %1</translation>
    </message>
    <message>
        <source>Not used yet</source>
        <translation>Aún sin usar</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to upload</source>
        <translation>
            <numerusform>%n acción pendiente de envío</numerusform>
            <numerusform>%n acciones pendientes de envío</numerusform>
        </translation>
    </message>
    <message>
        <source>Asks for a PIN or passphrase</source>
        <translation>Pide un PIN o una frase de contraseña</translation>
    </message>
    <message>
        <source>Opens without a PIN</source>
        <translation>Se abre sin PIN</translation>
    </message>
    <message>
        <source>%1&apos;s &amp;PIN or passphrase:</source>
        <translation>&amp;PIN o frase de contraseña de %1:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message numerus="yes">
        <source>That PIN or passphrase is not right. Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Ese PIN o frase de contraseña no es correcto. Espere %n segundo antes de volver a intentarlo.</numerusform>
            <numerusform>Ese PIN o frase de contraseña no es correcto. Espere %n segundos antes de volver a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN or passphrase is not right.</source>
        <translation>Ese PIN o frase de contraseña no es correcto.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries: wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Demasiados intentos fallidos: espere %n segundo antes de volver a intentarlo.</numerusform>
            <numerusform>Demasiados intentos fallidos: espere %n segundos antes de volver a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is studying?</source>
        <translation>¿Quién va a estudiar?</translation>
    </message>
    <message>
        <source>Add a learner</source>
        <translation>Añadir un alumno</translation>
    </message>
    <message>
        <source>PIN or passphrase</source>
        <translation>PIN o frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Learners without a PIN open with their tile: anyone at this computer can open them. To keep your progress to yourself, choose Account › Set a PIN or passphrase.</source>
        <translation>Los alumnos sin PIN se abren con su recuadro: cualquier persona en este equipo puede abrirlos. Para que su progreso sea solo suyo, elija Cuenta › Definir un PIN o una frase de contraseña.</translation>
    </message>
    <message>
        <source>&amp;Workstation settings…</source>
        <translation>&amp;Ajustes del puesto de trabajo…</translation>
    </message>
</context>
<context>
    <name>clikc::LearnerDialog</name>
    <message>
        <source>Add a learner</source>
        <translation>Añadir un alumno</translation>
    </message>
    <message>
        <source>Each learner on this computer has their own courses, progress, language and sign-in. Nobody else sees them.</source>
        <translation>Cada alumno de este equipo tiene sus propios cursos, progreso, idioma e inicio de sesión. Nadie más los ve.</translation>
    </message>
    <message>
        <source>PIN or passphrase</source>
        <translation>PIN o frase de contraseña</translation>
    </message>
    <message>
        <source>Choose a new PIN or passphrase for this computer.</source>
        <translation>Elija un nuevo PIN o una nueva frase de contraseña para este equipo.</translation>
    </message>
    <message>
        <source>Choose a PIN or passphrase for this computer, or leave both fields empty to open without one.</source>
        <translation>Elija un PIN o una frase de contraseña para este equipo, o deje ambos campos vacíos para abrir sin ninguno.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;PIN or passphrase:</source>
        <translation>&amp;PIN o frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítalo:</translation>
    </message>
    <message numerus="yes">
        <source>Optional: at least %n character(s). Without one, anyone at this computer can open this learner&apos;s courses and progress.</source>
        <translation>
            <numerusform>Opcional: al menos %n carácter. Sin él, cualquier persona en este equipo puede abrir los cursos y el progreso de este alumno.</numerusform>
            <numerusform>Opcional: al menos %n caracteres. Sin él, cualquier persona en este equipo puede abrir los cursos y el progreso de este alumno.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>This computer requires a PIN or passphrase.</source>
        <translation>Este equipo exige un PIN o una frase de contraseña.</translation>
    </message>
    <message>
        <source>The two entries are not the same.</source>
        <translation>Las dos entradas no coinciden.</translation>
    </message>
    <message>
        <source>With a CLiKC! a&amp;ccount: sign in next, and the site gives the name</source>
        <translation>Con una &amp;cuenta de CLiKC!: inicie sesión a continuación y el sitio da el nombre</translation>
    </message>
    <message>
        <source>On this computer &amp;only: a name, for the sample course and mirrored courses</source>
        <translation>Solo en &amp;este equipo: un nombre, para el curso de ejemplo y los cursos de réplicas</translation>
    </message>
    <message>
        <source>New PIN for %1</source>
        <translation>Nuevo PIN para %1</translation>
    </message>
    <message>
        <source>A new PIN or passphrase for %1 on this computer. Give it to them yourself; once in, they can choose their own from the Account menu.</source>
        <translation>Un nuevo PIN o una nueva frase de contraseña para %1 en este equipo. Entrégueselo usted mismo; una vez dentro, el alumno puede elegir el suyo en el menú Cuenta.</translation>
    </message>
    <message>
        <source>A new PIN or passphrase for %1 on this computer, or leave both fields empty to let them open without one. Give it to them yourself; once in, they can choose their own from the Account menu.</source>
        <translation>Un nuevo PIN o una nueva frase de contraseña para %1 en este equipo, o deje ambos campos vacíos para que el alumno abra sin ninguno. Entrégueselo usted mismo; una vez dentro, el alumno puede elegir el suyo en el menú Cuenta.</translation>
    </message>
    <message numerus="yes">
        <source>This computer requires a PIN or passphrase of at least %n character(s). It is checked on this computer only, and cannot be recovered: forgotten, the centre&apos;s manager gives a new one in Workstation settings.</source>
        <translation>
            <numerusform>Este equipo exige un PIN o una frase de contraseña de al menos %n carácter. Solo se comprueba en este equipo y no se puede recuperar: si se olvida, el responsable del centro da uno nuevo en Ajustes del puesto de trabajo.</numerusform>
            <numerusform>Este equipo exige un PIN o una frase de contraseña de al menos %n caracteres. Solo se comprueba en este equipo y no se puede recuperar: si se olvida, el responsable del centro da uno nuevo en Ajustes del puesto de trabajo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clikc::LibraryModel</name>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 completadas</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>Tamaño en disco</translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation>Disponible sin conexión</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message numerus="yes">
        <source>Not tracked · %n done</source>
        <translation>
            <numerusform>Sin seguimiento · %n terminada</numerusform>
            <numerusform>Sin seguimiento · %n terminadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Not tracked</source>
        <translation>Sin seguimiento</translation>
    </message>
</context>
<context>
    <name>clikc::LibraryPage</name>
    <message>
        <source>My courses</source>
        <translation>Mis cursos</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation>Buscar cursos</translation>
    </message>
    <message>
        <source>Show only the courses whose title contains this text</source>
        <translation>Mostrar solo los cursos cuyo título contiene este texto</translation>
    </message>
    <message>
        <source>Open course</source>
        <translation>Abrir el curso</translation>
    </message>
    <message>
        <source>Remove from this computer</source>
        <translation>Quitar de este equipo</translation>
    </message>
    <message>
        <source>Free the disk space this course uses. Your progress is kept.</source>
        <translation>Libera el espacio en disco que usa este curso. Su progreso se conserva.</translation>
    </message>
    <message>
        <source>Put back on this computer</source>
        <translation>Restaurar en este equipo</translation>
    </message>
    <message>
        <source>Opening your library…</source>
        <translation>Abriendo su biblioteca…</translation>
    </message>
    <message>
        <source>No course selected</source>
        <translation>Ningún curso seleccionado</translation>
    </message>
    <message>
        <source>Remove course</source>
        <translation>Quitar el curso</translation>
    </message>
    <message>
        <source>Remove “%1” from this computer? Its files will be deleted; your progress is kept.</source>
        <translation>¿Quitar «%1» de este equipo? Sus archivos se eliminarán; su progreso se conservará.</translation>
    </message>
    <message>
        <source>Could not put the course back</source>
        <translation>No se pudo restaurar el curso</translation>
    </message>
    <message>
        <source>Press Enter to open the selected course</source>
        <translation>Pulse Intro para abrir el curso seleccionado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Get your courses.&lt;/b&gt; Sign in to CLiKC! to download the courses you are enrolled in, or import courses from a USB drive or shared folder if there is no connection.</source>
        <translation>&lt;b&gt;Obtenga sus cursos.&lt;/b&gt; Inicie sesión en CLiKC! para descargar los cursos en los que está inscrito, o importe cursos desde una unidad USB o una carpeta compartida si no hay conexión.</translation>
    </message>
    <message>
        <source>&amp;Sign in to CLiKC!…</source>
        <translation>&amp;Iniciar sesión en CLiKC!…</translation>
    </message>
    <message>
        <source>Import from a &amp;USB drive…</source>
        <translation>Importar desde una unidad &amp;USB…</translation>
    </message>
    <message>
        <source>There are no courses on this computer yet. Open a course from Account › Refresh my courses, or use File › Import a mirror to add courses from a USB drive or shared folder.</source>
        <translation>Todavía no hay cursos en este equipo. Obtenga sus cursos con Cuenta › Actualizar mis cursos, o use Archivo › Importar una réplica para añadir cursos desde una unidad USB o una carpeta compartida.</translation>
    </message>
    <message>
        <source>There are no courses on this computer yet. Sign in to CLiKC! to get your courses, or import them from a USB drive or shared folder.</source>
        <translation>Todavía no hay cursos en este equipo. Inicie sesión en CLiKC! para obtener sus cursos, o impórtelos desde una unidad USB o una carpeta compartida.</translation>
    </message>
    <message>
        <source>%1 · %2 on disk</source>
        <translation>%1 · %2 en disco</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conservar</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 on disk · %3 of %n activity(s) completed</source>
        <translation>
            <numerusform>%1 · %2 en disco · %3 de %n actividad completada</numerusform>
            <numerusform>%1 · %2 en disco · %3 de %n actividades completadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import a mirror…</source>
        <translation>&amp;Importar una réplica…</translation>
    </message>
    <message>
        <source>Add courses from a CLiKC! mirror on a USB drive or shared folder</source>
        <translation>Añadir cursos desde una réplica de CLiKC! en una unidad USB o una carpeta compartida</translation>
    </message>
    <message>
        <source>&amp;Check the library</source>
        <translation>&amp;Comprobar la biblioteca</translation>
    </message>
    <message>
        <source>Re-read every stored file and set aside any that is damaged</source>
        <translation>Volver a leer cada archivo guardado y apartar los que estén dañados</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>My &amp;courses</source>
        <translation>Mis &amp;cursos</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About CLiKC! Desktop</source>
        <translation>&amp;Acerca de CLiKC! Desktop</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Importing courses</source>
        <translation>Importación de cursos</translation>
    </message>
    <message>
        <source>Not available offline</source>
        <translation>No disponible sin conexión</translation>
    </message>
    <message>
        <source>This activity cannot be opened without a connection.</source>
        <translation>Esta actividad no se puede abrir sin conexión.</translation>
    </message>
    <message>
        <source>Working offline · no server set up</source>
        <translation>Trabajando sin conexión · ningún servidor configurado</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Comprobando el servidor…</translation>
    </message>
    <message>
        <source>Server reachable</source>
        <translation>Servidor accesible</translation>
    </message>
    <message>
        <source>Server unreachable · working offline</source>
        <translation>Servidor inaccesible · trabajando sin conexión</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) · %1</source>
        <translation>
            <numerusform>%n curso · %1</numerusform>
            <numerusform>%n cursos · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample course</source>
        <translation>Curso de ejemplo</translation>
    </message>
    <message>
        <source>The sample course could not be set up: %1</source>
        <translation>No se pudo preparar el curso de ejemplo: %1</translation>
    </message>
    <message>
        <source>Choose the mirror&apos;s folder</source>
        <translation>Elija la carpeta de la réplica</translation>
    </message>
    <message>
        <source>Importing courses…</source>
        <translation>Importando cursos…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación finalizada</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) imported.</source>
        <translation>
            <numerusform>%n curso importado.</numerusform>
            <numerusform>%n cursos importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import incomplete</source>
        <translation>Importación incompleta</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) imported. Some courses could not be imported and the library was left as it was for them.</source>
        <translation>
            <numerusform>%n curso importado. Algunos cursos no se pudieron importar y, para ellos, la biblioteca se ha dejado como estaba.</numerusform>
            <numerusform>%n cursos importados. Algunos cursos no se pudieron importar y, para ellos, la biblioteca se ha dejado como estaba.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every stored file…</source>
        <translation>Comprobando todos los archivos guardados…</translation>
    </message>
    <message>
        <source>Library checked</source>
        <translation>Biblioteca comprobada</translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) are intact.</source>
        <translation>
            <numerusform>%n archivo comprobado: está intacto.</numerusform>
            <numerusform>Los %n archivos están intactos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged or missing file(s) were set aside. The courses that used them show as partly on this computer; put them back to repair them.</source>
        <translation>
            <numerusform>Se ha apartado %n archivo dañado o que faltaba. Los cursos que lo usaban aparecen como parcialmente en este equipo; restáurelos para repararlos.</numerusform>
            <numerusform>Se han apartado %n archivos dañados o que faltaban. Los cursos que los usaban aparecen como parcialmente en este equipo; restáurelos para repararlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>About CLiKC! Desktop</source>
        <translation>Acerca de CLiKC! Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CLiKC! Desktop %1&lt;/h3&gt;&lt;p&gt;Study the World Customs Organization&apos;s CLiKC! courses on this computer, with or without a connection.&lt;/p&gt;&lt;p&gt;Your library is kept in:&lt;br/&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CLiKC! Desktop %1&lt;/h3&gt;&lt;p&gt;Estudie los cursos CLiKC! de la Organización Mundial de Aduanas en este equipo, con o sin conexión.&lt;/p&gt;&lt;p&gt;Su biblioteca se guarda en:&lt;br/&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) failed</source>
        <translation>
            <numerusform>%n descarga ha fallado</numerusform>
            <numerusform>%n descargas han fallado</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Descargas</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>&amp;Refresh my courses</source>
        <translation>&amp;Actualizar mis cursos</translation>
    </message>
    <message>
        <source>&amp;Download all my courses</source>
        <translation>&amp;Descargar todos mis cursos</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>A change made on the site was newer than yours and was kept: see Uploads.</source>
        <translation>Un cambio hecho en el sitio era más reciente que el suyo y se ha conservado: consulte Envíos.</translation>
    </message>
    <message>
        <source>&amp;Uploads</source>
        <translation>&amp;Envíos</translation>
    </message>
    <message>
        <source>&amp;Upload my progress now</source>
        <translation>&amp;Enviar mi progreso ahora</translation>
    </message>
    <message numerus="yes">
        <source>%n to upload: sign in</source>
        <translation>
            <numerusform>%n pendiente de envío: inicie sesión</numerusform>
            <numerusform>%n pendientes de envío: inicie sesión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to upload</source>
        <translation>
            <numerusform>%n pendiente de envío</numerusform>
            <numerusform>%n pendientes de envío</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not accepted</source>
        <translation>
            <numerusform>%n no aceptada</numerusform>
            <numerusform>%n no aceptadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Last upload: %1</source>
        <translation>Último envío: %1</translation>
    </message>
    <message>
        <source>Nothing uploaded from this computer yet</source>
        <translation>Todavía no se ha enviado nada desde este equipo</translation>
    </message>
    <message>
        <source>Downloading: %1 of %2 (%3)</source>
        <translation>Descargando: %1 de %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left</source>
        <translation>
            <numerusform>queda %n archivo</numerusform>
            <numerusform>quedan %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>quedan aprox. %1</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign in to CLiKC! to get your courses (Account › Sign in)</source>
        <translation>Inicie sesión en CLiKC! para obtener sus cursos (Cuenta › Iniciar sesión)</translation>
    </message>
    <message>
        <source>Not signed in · sign in to CLiKC!, or import courses from a USB drive</source>
        <translation>Sin sesión iniciada · inicie sesión en CLiKC!, o importe cursos desde una unidad USB</translation>
    </message>
    <message>
        <source>Checking: %1 of %2 files</source>
        <translation>Comprobando: %1 de %2 archivos</translation>
    </message>
    <message>
        <source>Checking the library</source>
        <translation>Comprobación de la biblioteca</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Cannot open the activity</source>
        <translation>No se puede abrir la actividad</translation>
    </message>
    <message>
        <source>The players for videos, pages and lessons could not be loaded (%1). Install CLiKC! Desktop again.</source>
        <translation>No se pudieron cargar los reproductores de vídeos, páginas y lecciones (%1). Vuelva a instalar CLiKC! Desktop.</translation>
    </message>
    <message>
        <source>Remove %1 from this computer</source>
        <translation>Eliminar a %1 de este equipo</translation>
    </message>
    <message>
        <source>Everything of %1 on this computer will be deleted: progress, lesson attempts, video positions, settings and sign-in. The courses stay for the other learners.</source>
        <translation>Se eliminará todo lo de %1 en este equipo: progreso, intentos de lecciones, posiciones de los vídeos, ajustes e inicio de sesión. Los cursos se quedan para los demás alumnos.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) of %1 have not been uploaded to the site yet and will be lost.</source>
        <translation>
            <numerusform>%n acción de %1 aún no se ha enviado al sitio y se perderá.</numerusform>
            <numerusform>%n acciones de %1 aún no se han enviado al sitio y se perderán.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Upload first</source>
        <translation>&amp;Enviar primero</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>No eliminado</translation>
    </message>
    <message>
        <source>Set a &amp;PIN or passphrase…</source>
        <translation>Definir un &amp;PIN o una frase de contraseña…</translation>
    </message>
    <message>
        <source>&amp;Remove me from this computer…</source>
        <translation>&amp;Eliminarme de este equipo…</translation>
    </message>
    <message>
        <source>S&amp;witch learner</source>
        <translation>&amp;Cambiar de alumno</translation>
    </message>
    <message>
        <source>Lock your courses and let someone else use this computer</source>
        <translation>Bloquear sus cursos y dejar que otra persona use este equipo</translation>
    </message>
    <message>
        <source>&amp;Workstation settings…</source>
        <translation>&amp;Ajustes del puesto de trabajo…</translation>
    </message>
    <message>
        <source>How this computer behaves for the learners who share it (for the centre&apos;s manager)</source>
        <translation>Cómo se comporta este equipo para los alumnos que lo comparten (para el responsable del centro)</translation>
    </message>
    <message>
        <source>Changed outside CLiKC! Desktop</source>
        <translation>Modificado fuera de CLiKC! Desktop</translation>
    </message>
    <message>
        <source>A file of “%1” in the content folder this computer&apos;s accounts share no longer matches what was downloaded, so it was set aside and not opened.</source>
        <translation>Un archivo de «%1» en la carpeta de contenido que comparten las cuentas de este equipo ya no coincide con lo que se descargó, así que se ha apartado y no se ha abierto.</translation>
    </message>
    <message>
        <source>It is being downloaded again. Open the activity when the download is done.</source>
        <translation>Se está descargando de nuevo. Abra la actividad cuando termine la descarga.</translation>
    </message>
    <message>
        <source>Sign in to download it again, or import the mirror it came from again.</source>
        <translation>Inicie sesión para descargarlo de nuevo, o vuelva a importar la réplica de la que procede.</translation>
    </message>
    <message>
        <source>&amp;Export courses to a folder or USB drive…</source>
        <translation>&amp;Exportar cursos a una carpeta o una memoria USB…</translation>
    </message>
    <message>
        <source>Write courses to a USB drive or a shared folder for computers with no network</source>
        <translation>Escribir cursos en una memoria USB o una carpeta compartida para equipos sin red</translation>
    </message>
    <message>
        <source>Reading the mirror…</source>
        <translation>Leyendo la réplica…</translation>
    </message>
    <message>
        <source>Import a mirror</source>
        <translation>Importar una réplica</translation>
    </message>
    <message>
        <source>This mirror is signed by “%1”.</source>
        <translation>Esta réplica está firmada por «%1».</translation>
    </message>
    <message>
        <source>Key fingerprint: %1

You have not imported from this signer before. If you can, check the fingerprint with them (by phone, for example). Their mirrors will then be trusted on this computer.</source>
        <translation>Huella de la clave: %1

No ha importado antes nada de esta persona. Si puede, compruebe la huella con ella (por teléfono, por ejemplo). Sus réplicas serán aceptadas después en este equipo.</translation>
    </message>
    <message>
        <source>&amp;Trust and import</source>
        <translation>&amp;Confiar e importar</translation>
    </message>
    <message>
        <source>Warning: the key of “%1” has changed.</source>
        <translation>Atención: la clave de «%1» ha cambiado.</translation>
    </message>
    <message>
        <source>This mirror says it was signed by “%1”, but with another key than the one trusted for that name on this computer (new fingerprint: %2). It may not come from them.

Import it only if %1 confirms they have a new key.</source>
        <translation>Esta réplica dice estar firmada por «%1», pero con otra clave distinta de la aceptada para ese nombre en este equipo (nueva huella: %2). Puede que no provenga de esa persona.

Impórtela solo si %1 confirma que tiene una clave nueva.</translation>
    </message>
    <message>
        <source>&amp;Import and trust the new key</source>
        <translation>&amp;Importar y aceptar la nueva clave</translation>
    </message>
    <message>
        <source>This mirror is not signed.</source>
        <translation>Esta réplica no está firmada.</translation>
    </message>
    <message>
        <source>Where it comes from cannot be checked. Import it only if you know who made it.</source>
        <translation>No se puede comprobar su procedencia. Impórtela solo si sabe quién la hizo.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Signed by %1 (key fingerprint %2).</source>
        <translation>Firmado por %1 (huella de la clave %2).</translation>
    </message>
    <message>
        <source>The mirror was not signed.</source>
        <translation>La réplica no estaba firmada.</translation>
    </message>
    <message>
        <source>Add a course &amp;source…</source>
        <translation>Añadir una &amp;fuente de cursos…</translation>
    </message>
    <message>
        <source>Take courses from a mirror on your organisation&apos;s network (a web server or a shared folder)</source>
        <translation>Tomar cursos de una réplica de la red de su organización (un servidor web o una carpeta compartida)</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) of the new source are in the library.</source>
        <translation>
            <numerusform>%n curso de la nueva fuente está en la biblioteca.</numerusform>
            <numerusform>%n cursos de la nueva fuente están en la biblioteca.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Coordinator&apos;s guide</source>
        <translation>Guía del &amp;coordinador</translation>
    </message>
    <message>
        <source>USB drives for posts with no link, a mirror for a training centre, night syncs and their reports</source>
        <translation>Memorias USB para puestos sin conexión, una réplica para un centro de formación, sincronizaciones nocturnas y sus informes</translation>
    </message>
    <message>
        <source>Browse the site&apos;s c&amp;atalogue…</source>
        <translation>Explorar el catá&amp;logo del sitio…</translation>
    </message>
    <message>
        <source>Every course of the site: add one without enrolling, or enrol yourself</source>
        <translation>Todos los cursos del sitio: añadir uno sin inscribirse, o inscribirse</translation>
    </message>
</context>
<context>
    <name>clikc::PageViewerPage</name>
    <message>
        <source>‹ Back to the course</source>
        <translation>‹ Volver al curso</translation>
    </message>
    <message>
        <source>This page could not be shown: its files are missing or damaged. Use File › Check the library, then put the course back.</source>
        <translation>No se pudo mostrar esta página: faltan sus archivos o están dañados. Use Archivo › Comprobar la biblioteca y, a continuación, restaure el curso.</translation>
    </message>
    <message>
        <source>Back to the course</source>
        <translation>Volver al curso</translation>
    </message>
    <message>
        <source>Back to the course (Esc or Alt+Left)</source>
        <translation>Volver al curso (Esc o Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Page content</source>
        <translation>Contenido de la página</translation>
    </message>
</context>
<context>
    <name>clikc::PdfViewerPage</name>
    <message>
        <source>‹ Back to the course</source>
        <translation>‹ Volver al curso</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Página anterior (Re Pág)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Página siguiente (Av Pág)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Acercar (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Alejar (−)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>This document could not be opened: its file is missing or damaged. Use File › Check the library, then put the course back.</source>
        <translation>No se pudo abrir este documento: falta su archivo o está dañado. Use Archivo › Comprobar la biblioteca y, a continuación, restaure el curso.</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Página completa</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>Back to the course</source>
        <translation>Volver al curso</translation>
    </message>
    <message>
        <source>Back to the course (Esc or Alt+Left)</source>
        <translation>Volver al curso (Esc o Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Número de página</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Nivel de zoom</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
</context>
<context>
    <name>clikc::ScormPlayerPage</name>
    <message>
        <source>‹ Back to the course</source>
        <translation>‹ Volver al curso</translation>
    </message>
    <message>
        <source>Back to the course (Alt+Left); your place in the lesson is kept</source>
        <translation>Volver al curso (Alt+Izquierda); se conserva su posición en la lección</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Anterior</translation>
    </message>
    <message>
        <source>The previous part of the lesson</source>
        <translation>La parte anterior de la lección</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Siguiente ›</translation>
    </message>
    <message>
        <source>The next part of the lesson</source>
        <translation>La parte siguiente de la lección</translation>
    </message>
    <message>
        <source>The parts of this lesson: double-click one to open it</source>
        <translation>Las partes de esta lección: haga doble clic en una para abrirla</translation>
    </message>
    <message>
        <source>The lesson player is incomplete: reinstall the application.</source>
        <translation>El reproductor de lecciones está incompleto: vuelva a instalar la aplicación.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Alumno</translation>
    </message>
    <message>
        <source>Preparing the lesson… %p%</source>
        <translation>Preparando la lección… %p %</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>No aprobada</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Started: you can continue where you left it</source>
        <translation>Empezada: puede continuar donde la dejó</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>puntuación %1</translation>
    </message>
    <message>
        <source>Start a new attempt</source>
        <translation>Nuevo intento</translation>
    </message>
    <message>
        <source>Start the lesson again from the beginning; your earlier attempts and their results are kept</source>
        <translation>Empezar la lección de nuevo desde el principio; sus intentos anteriores y sus resultados se conservan</translation>
    </message>
    <message>
        <source>Attempt %1 started. Your earlier attempts and their results are kept.</source>
        <translation>Intento %1 iniciado. Sus intentos anteriores y sus resultados se conservan.</translation>
    </message>
    <message>
        <source>The time allowed for this part of the lesson is over. What you did is kept.</source>
        <translation>El tiempo permitido para esta parte de la lección ha terminado. Lo que hizo se conserva.</translation>
    </message>
    <message>
        <source>The time allowed for this part of the lesson is over. You may finish it.</source>
        <translation>El tiempo permitido para esta parte de la lección ha terminado. Puede terminarla.</translation>
    </message>
    <message>
        <source>You are reviewing attempt %1, which is over: nothing you do now changes its result. To try again, choose Start a new attempt.</source>
        <translation>Está revisando el intento %1, que ha terminado: nada de lo que haga ahora cambia su resultado. Para intentarlo de nuevo, elija Nuevo intento.</translation>
    </message>
    <message>
        <source>This part of the lesson has not started: it seems to need the internet, which lessons cannot use here. Its other parts may work.</source>
        <translation>Esta parte de la lección no ha empezado: parece necesitar internet, que las lecciones no pueden usar aquí. Sus otras partes pueden funcionar.</translation>
    </message>
    <message numerus="yes">
        <source>This lesson allows %n attempt(s), and all of them have been used.</source>
        <translation>
            <numerusform>Esta lección permite %n intento, y ya se ha usado.</numerusform>
            <numerusform>Esta lección permite %n intentos, y ya se han usado todos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The parts of this lesson, taken in order: use Next ›</source>
        <translation>Las partes de esta lección, en orden: use Siguiente ›</translation>
    </message>
    <message>
        <source>This part of the lesson is finished. Choose Next › to go on.</source>
        <translation>Esta parte de la lección ha terminado. Elija Siguiente › para continuar.</translation>
    </message>
    <message>
        <source>Not available yet: first finish the parts it depends on</source>
        <translation>Aún no disponible: termine primero las partes de las que depende</translation>
    </message>
    <message>
        <source>Your progress in this lesson could not be saved: %1</source>
        <translation>No se pudo guardar su progreso en esta lección: %1</translation>
    </message>
</context>
<context>
    <name>clikc::SignInDialog</name>
    <message>
        <source>Sign in to CLiKC!</source>
        <translation>Iniciar sesión en CLiKC!</translation>
    </message>
    <message>
        <source>Sign in once while you have a connection. Your password is not kept on this computer; the sign-in is kept in the system keychain.</source>
        <translation>Inicie sesión una vez mientras tenga conexión. Su contraseña no se guarda en este equipo; la sesión se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Sitio:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Allow an unencrypted connection (only for a local mirror you trust)</source>
        <translation>Permitir una conexión sin cifrar (solo para una réplica local de confianza)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Dirección del sitio</translation>
    </message>
    <message>
        <source>For example https://clikc.wcoomd.org</source>
        <translation>Por ejemplo, https://clikc.wcoomd.org</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Allow an unencrypted connection</source>
        <translation>Permitir una conexión sin cifrar</translation>
    </message>
    <message>
        <source>About signing in</source>
        <translation>Acerca del inicio de sesión</translation>
    </message>
    <message>
        <source>Why the sign-in failed</source>
        <translation>Por qué falló el inicio de sesión</translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation>Estado del inicio de sesión</translation>
    </message>
    <message>
        <source>If this is a local mirror you trust, tick “%1” and sign in again.</source>
        <translation>Si es una réplica local de confianza, marque «%1» y vuelva a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>clikc::SiteCatalogue</name>
    <message>
        <source>This site does not let your account browse its catalogue of courses. Your own courses are still in your library.</source>
        <translation>Este sitio no permite a su cuenta explorar su catálogo de cursos. Sus propios cursos siguen en su biblioteca.</translation>
    </message>
</context>
<context>
    <name>clikc::SourceDialog</name>
    <message>
        <source>Add a course source</source>
        <translation>Añadir una fuente de cursos</translation>
    </message>
    <message>
        <source>A CLiKC! mirror on your organisation&apos;s network: the address of a web server that holds an export (https://… or http://…), or a shared folder. Its courses appear in the library and download from there, and the site&apos;s files it holds are not fetched over the internet.</source>
        <translation>Una réplica de CLiKC! en la red de su organización: la dirección de un servidor web que contiene una exportación (https://… o http://…), o una carpeta compartida. Sus cursos aparecen en la biblioteca y se descargan desde allí, y los archivos del sitio que contiene no se traen por Internet.</translation>
    </message>
    <message>
        <source>&amp;Address or folder:</source>
        <translation>&amp;Dirección o carpeta:</translation>
    </message>
    <message>
        <source>https://mirror.example.org/clikc/ or a folder</source>
        <translation>https://replica.example.org/clikc/ o una carpeta</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Elegir &amp;carpeta…</translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP (only for a server on your own network)</source>
        <translation>Permitir &amp;HTTP sin cifrar (solo para un servidor de su propia red)</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Com&amp;probar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Choose the folder that holds the mirror</source>
        <translation>Elegir la carpeta que contiene la réplica</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Reading the mirror…</source>
        <translation>Leyendo la réplica…</translation>
    </message>
    <message>
        <source>Adding its courses to the library…</source>
        <translation>Añadiendo sus cursos a la biblioteca…</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s), %1.</source>
        <translation>
            <numerusform>%n curso, %1.</numerusform>
            <numerusform>%n cursos, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This mirror is not signed: where it comes from cannot be checked. Add it only if you know who runs it.</source>
        <translation>Esta réplica no está firmada: no se puede comprobar de dónde viene. Añádala solo si sabe quién la gestiona.</translation>
    </message>
    <message>
        <source>Signed by %1, fingerprint %2.</source>
        <translation>Firmado por %1, huella %2.</translation>
    </message>
    <message>
        <source>You trust this signer.</source>
        <translation>Usted confía en este firmante.</translation>
    </message>
    <message>
        <source>You have not trusted this signer before. Check the fingerprint with them before you add it.</source>
        <translation>No ha confiado antes en este firmante. Compruebe la huella con él antes de añadir la fuente.</translation>
    </message>
    <message>
        <source>&amp;Trust and add</source>
        <translation>Con&amp;fiar y añadir</translation>
    </message>
    <message>
        <source>Warning: this name was trusted with another key. It may not be them. Add it only if they confirm they have a new key.</source>
        <translation>Atención: este nombre se aprobó con otra clave. Puede que no sea él. Añada la fuente solo si confirma que tiene una clave nueva.</translation>
    </message>
    <message>
        <source>Add and &amp;trust the new key</source>
        <translation>Añadir y confiar en la &amp;nueva clave</translation>
    </message>
    <message numerus="yes">
        <source>Added. %n course(s) of this source are in the library; download them there (the files come from the source).</source>
        <translation>
            <numerusform>Añadida. %n curso de esta fuente está en la biblioteca; descárguelo desde allí (los archivos vienen de la fuente).</numerusform>
            <numerusform>Añadida. %n cursos de esta fuente están en la biblioteca; descárguelos desde allí (los archivos vienen de la fuente).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clikc::UploadsModel</name>
    <message>
        <source>Not accepted</source>
        <translation>No aceptada</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <extracomment>When the learner did it, e.g. &quot;Recorded 28 Nov 2026, 14:02&quot;.</extracomment>
        <translation>Registrada el %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>clikc::UploadsPage</name>
    <message>
        <source>‹ My courses</source>
        <translation>‹ Mis cursos</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Nothing is waiting: the site has everything you did on this computer.</source>
        <translation>No hay nada pendiente: el sitio tiene todo lo que ha hecho en este equipo.</translation>
    </message>
    <message>
        <source>&amp;Upload now</source>
        <translation>&amp;Enviar ahora</translation>
    </message>
    <message>
        <source>Send what is waiting to the site now</source>
        <translation>Enviar ahora al sitio lo que está pendiente</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <source>Forget an action the site did not accept</source>
        <translation>Olvidar una acción que el sitio no ha aceptado</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to reach the site.</source>
        <translation>
            <numerusform>%n acción pendiente de envío al sitio.</numerusform>
            <numerusform>%n acciones pendientes de envío al sitio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) not accepted by the site.</source>
        <translation>
            <numerusform>%n acción no aceptada por el sitio.</numerusform>
            <numerusform>%n acciones no aceptadas por el sitio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last upload: %1.</source>
        <translation>Último envío: %1.</translation>
    </message>
    <message>
        <source>Sign in again to send them (Account menu).</source>
        <translation>Vuelva a iniciar sesión para enviarlas (menú Cuenta).</translation>
    </message>
    <message>
        <source>The last attempt failed: %1 It will be tried again by itself.</source>
        <translation>El último intento ha fallado: %1 Se volverá a intentar automáticamente.</translation>
    </message>
    <message>
        <source>Back to the list of courses (Esc)</source>
        <translation>Volver a la lista de cursos (Esc)</translation>
    </message>
    <message>
        <source>Actions waiting to reach the site</source>
        <translation>Acciones pendientes de enviar al sitio</translation>
    </message>
</context>
<context>
    <name>clikc::VideoPlayerPage</name>
    <message>
        <source>‹ Back to the course</source>
        <translation>‹ Volver al curso</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>Position (← and → move 5 seconds)</source>
        <translation>Posición (← y → retroceden o avanzan 5 segundos)</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Silenciar (M)</translation>
    </message>
    <message>
        <source>Volume (↑ and ↓)</source>
        <translation>Volumen (↑ y ↓)</translation>
    </message>
    <message>
        <source>Leave full screen (F or Esc)</source>
        <translation>Salir de pantalla completa (F o Esc)</translation>
    </message>
    <message>
        <source>Full screen (F)</source>
        <translation>Pantalla completa (F)</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>This video cannot be played on this computer. The media components for its format may be missing; see Troubleshooting in the user guide.</source>
        <translation>Este vídeo no se puede reproducir en este equipo. Es posible que falten los componentes multimedia necesarios para su formato; consulte la sección Solución de problemas de la guía del usuario.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pausa (Espacio)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Reproducir (Espacio)</translation>
    </message>
    <message>
        <source>Back to the course</source>
        <translation>Volver al curso</translation>
    </message>
    <message>
        <source>Back to the course (Esc or Alt+Left)</source>
        <translation>Volver al curso (Esc o Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Salir de pantalla completa</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Click to play or pause, double-click for full screen</source>
        <translation>Haga clic para reproducir o pausar y doble clic para la pantalla completa</translation>
    </message>
    <message>
        <source>Time: %1 of %2</source>
        <translation>Tiempo: %1 de %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
</context>
<context>
    <name>clikc::WorkstationDialog</name>
    <message>
        <source>Workstation settings</source>
        <translation>Ajustes del puesto de trabajo</translation>
    </message>
    <message>
        <source>This computer&apos;s settings are protected by the manager&apos;s PIN.</source>
        <translation>Los ajustes de este equipo están protegidos por el PIN del responsable.</translation>
    </message>
    <message>
        <source>Manager&apos;s &amp;PIN:</source>
        <translation>&amp;PIN del responsable:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>How this computer behaves for every learner who uses it.</source>
        <translation>Cómo se comporta este equipo para cada alumno que lo usa.</translation>
    </message>
    <message>
        <source>S&amp;hared computer: always open on “Who is studying?”</source>
        <translation>Equipo &amp;compartido: abrir siempre en «¿Quién va a estudiar?»</translation>
    </message>
    <message>
        <source>&amp;Lock after no input for:</source>
        <translation>&amp;Bloquear tras un tiempo sin actividad de:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes without input before the learner is locked</source>
        <translation>Minutos sin actividad antes de bloquear al alumno</translation>
    </message>
    <message>
        <source>Learners may &amp;add themselves</source>
        <translation>&amp;Los alumnos pueden añadirse ellos mismos</translation>
    </message>
    <message>
        <source>Every learner needs a PIN or pass&amp;phrase</source>
        <translation>Cada alumno necesita un PIN o una &amp;frase de contraseña</translation>
    </message>
    <message>
        <source>La&amp;nguage of “Who is studying?”:</source>
        <translation>&amp;Idioma de «¿Quién va a estudiar?»:</translation>
    </message>
    <message>
        <source>The library&apos;s language</source>
        <translation>El idioma de la biblioteca</translation>
    </message>
    <message>
        <source>CLiKC! si&amp;te for new learners:</source>
        <translation>Si&amp;tio de CLiKC! para los alumnos nuevos:</translation>
    </message>
    <message>
        <source>New &amp;manager&apos;s PIN:</source>
        <translation>&amp;Nuevo PIN del responsable:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítalo:</translation>
    </message>
    <message>
        <source>Leave both empty to keep the manager&apos;s PIN as it is.</source>
        <translation>Deje ambos campos vacíos para conservar el PIN del responsable.</translation>
    </message>
    <message>
        <source>No manager&apos;s PIN yet: anyone at this computer can change these settings.</source>
        <translation>Aún no hay PIN del responsable: cualquier persona en este equipo puede cambiar estos ajustes.</translation>
    </message>
    <message>
        <source>Learners on this computer:</source>
        <translation>Alumnos de este equipo:</translation>
    </message>
    <message>
        <source>Remo&amp;ve learner…</source>
        <translation>&amp;Eliminar alumno…</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Definido por su administrador</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The two entries of the manager&apos;s PIN are not the same.</source>
        <translation>Las dos entradas del PIN del responsable no coinciden.</translation>
    </message>
    <message>
        <source>The site must be a web address, such as https://clikc.wcoomd.org.</source>
        <translation>El sitio debe ser una dirección web, como https://clikc.wcoomd.org.</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>No se pudieron guardar los ajustes.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries: wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Demasiados intentos fallidos: espere %n segundo antes de volver a intentarlo.</numerusform>
            <numerusform>Demasiados intentos fallidos: espere %n segundos antes de volver a intentarlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is not the manager&apos;s PIN. Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Ese no es el PIN del responsable. Espere %n segundo antes de volver a intentarlo.</numerusform>
            <numerusform>Ese no es el PIN del responsable. Espere %n segundos antes de volver a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is not the manager&apos;s PIN.</source>
        <translation>Ese no es el PIN del responsable.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to upload</source>
        <translation>
            <numerusform>%n acción pendiente de envío</numerusform>
            <numerusform>%n acciones pendientes de envío</numerusform>
        </translation>
    </message>
    <message>
        <source>New P&amp;IN…</source>
        <translation>Nue&amp;vo PIN…</translation>
    </message>
    <message>
        <source>Gives the chosen learner a new PIN or passphrase, when they forgot theirs</source>
        <translation>Da un nuevo PIN o una nueva frase de contraseña al alumno elegido, si olvidó el suyo</translation>
    </message>
</context>
<context>
    <name>clikc::players</name>
    <message>
        <source>%1 is not the players&apos; plugin</source>
        <translation>%1 no es el complemento de los reproductores</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>falta %1</translation>
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
        <translation>No se pudo abrir su biblioteca (%1).

%2</translation>
    </message>
    <message>
        <source>CLiKC! Desktop: the WCO&apos;s CLiKC! courses, offline.</source>
        <translation>CLiKC! Desktop: los cursos CLiKC! de la OMA, sin conexión.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>Keep the library in &lt;dir&gt; (also: CLIKC_DATA_DIR).</source>
        <translation>Guardar la biblioteca en &lt;carpeta&gt; (también: CLIKC_DATA_DIR).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
</context>
</TS>
