<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountRecords</name>
    <message>
        <source>New learner %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library import needs the FOLDER to import from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command %1 does not take the argument %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 does not apply to the command %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login needs --site URL and --username NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync needs --all or at least one --course ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--parallel needs a number of files from 1 to 16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit-rate needs bytes per second, such as 800, 500k or 2M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the learner&apos;s NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the FOLDER of the mirror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources add needs the ADDRESS or FOLDER of the mirror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources remove needs the source&apos;s ID or ADDRESS (see clikc sources list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--window needs the hours to download in, such as 22:00-06:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes with --site-catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--category needs the ID of a category (see clikc courses --site-catalogue).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>The sample course could not be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no courses on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked %n file(s).</source>
        <translation>
            <numerusform>Checked %n file.</numerusform>
            <numerusform>Checked %n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>Damaged, set aside: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n file(s) that no course used.</source>
        <translation>
            <numerusform>Removed %n file that no course used.</numerusform>
            <numerusform>Removed %n files that no course used.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) imported.</source>
        <translation>
            <numerusform>%n course imported.</numerusform>
            <numerusform>%n courses imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library could not be opened (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: the sign-in lasts only until this command ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of %1. The sign-in token was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of %1, but the token could not be deleted from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing what this computer already knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrying on with the course list already on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course %1 among your courses on the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) synchronised.</source>
        <translation>
            <numerusform>%n course synchronised.</numerusform>
            <numerusform>%n courses synchronised.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) on this computer (%1).</source>
        <translation>
            <numerusform>%n file on this computer (%1).</numerusform>
            <numerusform>%n files on this computer (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be downloaded:</source>
        <translation>
            <numerusform>%n file could not be downloaded:</numerusform>
            <numerusform>%n files could not be downloaded:</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in to %1 as %2 has expired: run clikc login again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Library: %n course(s), %1 in %2.</source>
        <translation>
            <numerusform>Library: %n course, %1 in %2.</numerusform>
            <numerusform>Library: %n courses, %1 in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Progress waiting to be uploaded: %n item(s).</source>
        <translation>
            <numerusform>Progress waiting to be uploaded: %n item.</numerusform>
            <numerusform>Progress waiting to be uploaded: %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed in: the progress waits for the next sign-in (clikc login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Uploaded: %n action(s).</source>
        <translation>
            <numerusform>Uploaded: %n action.</numerusform>
            <numerusform>Uploaded: %n actions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still waiting: %n action(s).</source>
        <translation>
            <numerusform>Still waiting: %n action.</numerusform>
            <numerusform>Still waiting: %n actions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not accepted by the site: %n action(s).</source>
        <translation>
            <numerusform>Not accepted by the site: %n action.</numerusform>
            <numerusform>Not accepted by the site: %n actions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not accepted by the site: %n action(s) (see clikc upload).</source>
        <translation>
            <numerusform>Not accepted by the site: %n action (see clikc upload).</numerusform>
            <numerusform>Not accepted by the site: %n actions (see clikc upload).</numerusform>
        </translation>
    </message>
    <message>
        <source>Last upload: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: you signed out of %1. Run clikc login to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: this library has never been signed in to a site. Run clikc login --site URL --username NAME first.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n damaged or missing file(s) were set aside; the courses that used them must be put back.</source>
        <translation>
            <numerusform>%n damaged or missing file was set aside; the courses that used it must be put back.</numerusform>
            <numerusform>%n damaged or missing files were set aside; the courses that used them must be put back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Damaged, set aside: %1 (%2, in the course %3)</source>
        <extracomment>%1 the file&apos;s name in the course, %2 the activity, %3 the course</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1 (%2, in the course %3)</source>
        <extracomment>%1 the file&apos;s name in the course, %2 the activity, %3 the course</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be downloaded; run clikc sync again to carry on.</source>
        <translation>
            <numerusform>%n file could not be downloaded; run clikc sync again to carry on.</numerusform>
            <numerusform>%n files could not be downloaded; run clikc sync again to carry on.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no learner %1 in this library: clikc profiles list shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(this computer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (signed out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the learner %1 (ID %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n action(s) not sent to the site yet. Send them first (clikc --profile %2 upload), or add --discard-unsent to remove the learner anyway.</source>
        <translation>
            <numerusform>%1 has %n action not sent to the site yet. Send it first (clikc --profile %2 upload), or add --discard-unsent to remove the learner anyway.</numerusform>
            <numerusform>%1 has %n actions not sent to the site yet. Send them first (clikc --profile %2 upload), or add --discard-unsent to remove the learner anyway.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed the learner %1 and everything of theirs in this library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: the progress waits for the next sign-in (clikc --profile %1 login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: uploaded %2, still waiting %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 copied (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 checked (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no course %1 in this library: clikc library list shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export: no course is entirely on this computer. Download courses with clikc sync first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) exported to %1.</source>
        <translation>
            <numerusform>%n course exported to %1.</numerusform>
            <numerusform>%n courses exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files: %1 copied (%2), %3 already there, %4 no longer used removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported, because they are not entirely on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (course “%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mirror is intact.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1, %2 (%3).</source>
        <extracomment>&quot;Checked 2 courses, 14 files (265.2 kB).&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n course</numerusform>
            <numerusform>%n courses</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: this mirror says it was signed by “%1”, but with a key this library has not trusted for that name (fingerprint %2). It may not come from them. Import it only if they confirm they have a new key: then run the command again with --trust-signer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mirror is signed by “%1” (fingerprint %2), whom this library has not trusted before. Check the fingerprint with them, then run the command again with --trust-signer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 (fingerprint %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mirror is not signed: where it comes from cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available, so this export is not signed.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  mirror export FOLDER [--course ID ...] [--signer NAME] [--json]
                                    write courses to a folder or USB drive as a
                                    mirror (all that are entirely on this computer)
  mirror verify FOLDER [--json]     re-check every file of a mirror
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course source: add one with clikc sources add ADDRESS|FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(signed by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course source added: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) listed (%1); clikc sync --all downloads them.</source>
        <translation>
            <numerusform>%n course listed (%1); clikc sync --all downloads it.</numerusform>
            <numerusform>%n courses listed (%1); clikc sync --all downloads them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Course source removed: %1. Its courses stay in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course source %1 in this library (see clikc sources list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrying on with the course sources only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  sources list [--json]             list the course sources (mirrors on the LAN)
  sources add URL|FOLDER [--allow-http] [--trust-signer] [--json]
                                    add a mirror on a web server or in a folder as
                                    a course source; sync downloads from it
  sources remove ID|URL|FOLDER [--json]
                                    stop using a course source (its courses stay)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the hours %1: waiting until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours %1 are over: the downloads stop until they start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sync: %n file(s) arrived (%1), %2 failed, %3 of %4 courses complete; %5, %6 of it waiting for the hours.</source>
        <extracomment>The one line an unattended sync ends with: &quot;Sync: 12 files arrived (340 MB), 0 failed, 3 courses complete of 3; 1 h 02 min, 20 min of it waiting for the hours.&quot;</extracomment>
        <translation>
            <numerusform>Sync: %n file arrived (%1), %2 failed, %3 of %4 courses complete; %5, %6 of it waiting for the hours.</numerusform>
            <numerusform>Sync: %n files arrived (%1), %2 failed, %3 of %4 courses complete; %5, %6 of it waiting for the hours.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s catalogue has no course here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course of the site matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 courses that match are shown; search with more words to see the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clikc courses --add ID takes a course into your library without enrolling; --enrol ID enrols you where the course offers self-enrolment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s catalogue has no course “%1” (see clikc courses --site-catalogue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already one of your courses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in your library without enrolment; clikc sync downloads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are already enrolled in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are enrolled in %1; clikc sync downloads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer among your courses; what it holds on this computer stays until the space is needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorError</name>
    <message>
        <source>“%1” is not a web address. Enter the address of your CLiKC! site, for example https://clikc.wcoomd.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site %1 does not use a secure connection (https). Your password would travel unprotected, so the application refuses to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CLiKC! site answered at this address. Check the address of the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username or password is wrong. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to continue; nothing you did is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site does not allow the CLiKC! application to connect. Ask the site&apos;s administrator to enable mobile web services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site does not offer everything the application needs (missing: %1). Ask the site&apos;s administrator to update the mobile service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site does not allow files to be downloaded to the application. Ask the site&apos;s administrator to allow file downloads for the mobile service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to see this. You may no longer be enrolled in the course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This course or activity no longer exists on the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is under maintenance. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site sent an answer that cannot be read. Try again later; if it goes on, tell the site&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site answered with an error (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site did not answer in time. The connection may be slow or down; the application will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site cannot be reached (%1). Check the connection; you can keep studying what is on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s secure connection cannot be trusted (%1). Check the computer&apos;s date and time, or ask the site&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site %1 does not answer over a secure connection (https), only over an unencrypted one (http), where your password would travel unprotected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site sent the request on to another address (%1), on another site or without a secure connection. It was not followed, so that your password and sign-in stay with the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site did not let you enrol yourself in this course: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it offers no self-enrolment now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadError</name>
    <message>
        <source>There is not enough free disk space for this file (%1 needed). Free some space, then choose Resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written to this computer (%1). Check that the library&apos;s folder can be written to, then choose Resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded file could not be moved into the library (%1). Check that the library&apos;s folder can be written to, then choose Resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not record the downloaded file. Check that the library&apos;s folder can be written to, then choose Resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file arrived damaged several times (its checksum does not match the site&apos;s). The damaged copies were thrown away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site lists this file at another site (%1). It is not downloaded from there, so that your sign-in stays with your site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course source in %1 does not hold this file, or it cannot be read there (a link, or not an ordinary file). Check that the folder holds the whole mirror, then choose Resume.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <extracomment>A date and time as QDateTime::toString() reads it: d day, MMM short month name, yyyy year, HH:mm 24-hour clock; text in single quotes is kept as it is.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactive lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files failed to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the site only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson results (attempt %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the site after your change on this computer; the site&apos;s state was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site no longer lets you mark this activity as complete yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity no longer exists on the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site does not allow this for your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site did not accept it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site did not accept it: %1</source>
        <extracomment>%1 is the site&apos;s own message, in the site&apos;s language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2%</source>
        <extracomment>A lesson&apos;s result and score, e.g. &quot;Passed · 85%&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site does not track completion for this course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The site does not track completion for this course; you finished %n activity(s) here (lessons passed or completed, videos watched).</source>
        <translation>
            <numerusform>The site does not track completion for this course; you finished %n activity here (lessons passed or completed, videos watched).</numerusform>
            <numerusform>The site does not track completion for this course; you finished %n activities here (lessons passed or completed, videos watched).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryError</name>
    <message>
        <source>This course or activity is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson is not on this computer yet: download it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity is completed by the site, not by ticking it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be written. Check that its folder can be written to and that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free disk space for this. Free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson could not be unpacked: the disk is full or cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s folder cannot be written to. Check its permissions, or that the drive it is on is not read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using the library. Close any other copy of CLiKC! Desktop or the command line, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s database is damaged. Keep a copy of the library folder and ask your coordinator for help; nothing more was written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A learner&apos;s name needs 1 to 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a learner called %1 on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only learner of the library: it cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN or passphrase needs at least %1 and at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MirrorError</name>
    <message>
        <source>This folder is not a CLiKC! mirror: it has no catalogue.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mirror&apos;s catalogue is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder does not hold a CLiKC! mirror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mirror was written by a newer version of CLiKC! Desktop (format %1). Update the application to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course “%1” is not in this mirror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description of the course “%1” is missing from the mirror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description of the course “%1” has been changed or damaged since the mirror was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description of the course “%1” is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mirror names a file outside its own folder (“%1”) and was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is missing from the mirror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” in the mirror does not have the expected size; it may be truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” in the mirror has been changed or damaged since the mirror was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free disk space to import the course “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course “%1” could not be written to the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library database could not be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course “%1” cannot be imported: its activity “%2” is to complete itself (“automatic”), which only a SCORM lesson can do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course “%1” cannot be imported: its activity “%2” has a completion rule this version of CLiKC! Desktop does not know (“%3”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in the mirror is not an ordinary file (it is a link, a device or a folder) and was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” already holds other files. Choose an empty folder, or one that holds a CLiKC! mirror to bring up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The courses cannot be written to “%1”: it is not a folder that can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free space in the chosen folder: the export needs %1 and %2 is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course “%1” is not entirely on this computer, so it was not exported. Download it (or its updates) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no course “%1” in this library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” of the course “%2” is damaged on this computer, so the course was not exported. Check the library (File › Check the library, or clikc library verify) and download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing “%1” failed; the folder still holds its previous mirror. Check that the drive is connected and not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mirror says it was signed by “%1”, but its signature does not match: it was changed after it was signed, or not signed by them. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mirror changed while it was being imported: it is no longer signed by the signer you confirmed. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course source at %1 could not be reached (%2). Check that the server or shared folder is on and that this computer is on its network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course source at %1 was refused: it is not on this computer and not over HTTPS, or it sent the request elsewhere. Use its https:// address, or allow plain HTTP for a mirror on your own network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course source at %1 sent more than a mirror&apos;s description can hold, and was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course source at %1 is no longer signed by the signer it was added with. Its courses were not updated. If you trust the new signer, remove the source and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageError</name>
    <message>
        <source>The lesson package could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson package is damaged and cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson package is damaged and cannot be opened (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson package is protected by a password and cannot be opened (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson package is unsafe: it names a file by an absolute path (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson package is unsafe: it would write a file outside its own folder (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson package contains a file whose name cannot be read (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson package is unsafe: it contains a link (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson package is unsafe: it contains a device or other special file (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson package contains too many files to be unpacked safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson package is too large to be unpacked (at “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson package is unsafe: it would unpack to far more data than it holds (at “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson package is damaged: the file “%1” is not the size it declares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson package contains the same file twice (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a SCORM lesson package: it has no imsmanifest.xml at its top level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson package is damaged: its imsmanifest.xml is empty or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson could not be unpacked: its working folder is not usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpacking the lesson was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson could not be unpacked: writing “%1” to the disk failed (%2).</source>
        <extracomment>%2 is the system&apos;s reason, e.g. &quot;File name too long&quot; or &quot;No space left on device&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk may be full or read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScormManifestError</name>
    <message>
        <source>The lesson&apos;s description (imsmanifest.xml) cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson&apos;s description (imsmanifest.xml) is too large or too complex to be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson&apos;s description (imsmanifest.xml) is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a SCORM lesson: its imsmanifest.xml does not describe a package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson has nothing to open: its description lists no page or activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson&apos;s description refers to content that is not in the package (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson opens a page on the internet (“%1”), which cannot work offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson package is unsafe: it refers to a file outside the package (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <source>%1 of %2 (%3)</source>
        <extracomment>Downloaded so far, of the whole download, and the percentage: &quot;3.5 MB of 7.0 MB (50%)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>A transfer rate: &quot;1.2 MB/s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 left</source>
        <extracomment>The time the download should still take: &quot;about 3 min 20 s left&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left</source>
        <translation>
            <numerusform>%n file left</numerusform>
            <numerusform>%n files left</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished: %1 of %2 downloaded (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to download: the chosen courses are already on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clikc::AccountService</name>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed out of %1. Your courses and progress stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in to %1 as %2 has expired: the site no longer accepts it. Sign in again; nothing you did is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s keychain no longer holds the sign-in to %1 as %2. Sign in again; nothing you did is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clikc::AppContext</name>
    <message>
        <source>the clikc command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another copy of CLiKC! Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library is in use by %1 (process %2). Close it or let it finish, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library is in use by another program. Close it or let it finish, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library folder cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clikc::CatalogueDialog</name>
    <message>
        <source>The site&apos;s catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every course of the site that your account may see. Add one to your library without enrolling (if your account may view it), or enrol yourself where the course offers it; it then downloads like your other courses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words of the course&apos;s name or summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses of the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to my library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move from my library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1 to your library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling you in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1 from your library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in your library; download it from My courses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are enrolled in %1; it is in your library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer among your courses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the site&apos;s catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 courses that match are shown; add words to find the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n course(s).</source>
        <translation>
            <numerusform>%n course.</numerusform>
            <numerusform>%n courses.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clikc::CatalogueModel</name>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your library, not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-enrolment offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clikc::CourseModel</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick it once you have finished this activity; the site learns of it the next time it can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site decides when this activity is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1. Open the lesson to continue or to start again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clikc::CoursePage</name>
    <message>
        <source>‹ My courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of courses (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity needs a connection: it opens on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n activities completed</source>
        <translation>
            <numerusform>%1 of %n activity completed</numerusform>
            <numerusform>%1 of %n activities completed</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click an activity, or select it and press Enter, to study it. Space ticks it as complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick it once you have finished this activity; the site learns of it the next time it can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections and activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to open the selected activity and Space to mark it as complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clikc::DownloadsModel</name>
    <message>
        <source>Waiting for you to sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will try again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Where a file&apos;s bytes come from: the site&apos;s address, or a mirror on the local network</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clikc::DownloadsPage</name>
    <message>
        <source>‹ My courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is being downloaded. Open a course and choose Download to take it offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many files download at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limit download speed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave bandwidth for other work on a shared or slow link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kB/s</source>
        <extracomment>Unit after the download speed limit, as rates are written elsewhere (kB/s).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download speed limit in kilobytes per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files downloaded at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of courses (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download &amp;automatically between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In these hours, every course not entirely on this computer is downloaded; outside them, downloads pause (a course you download yourself still goes at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <extracomment>Between two hours: &quot;Download automatically between 22:00 and 06:00&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download automatically from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download automatically until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading now, in these hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads wait for these hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clikc::ExportDialog</name>
    <message>
        <source>Export courses to a folder or USB drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder becomes a copy of the courses ticked below, which other computers import with no network (File › Import a mirror…). Exporting again into the same folder copies only what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Courses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not entirely on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty folder, or one that holds an earlier export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder or the USB drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) chosen, %1.</source>
        <translation>
            <numerusform>%n course chosen, %1.</numerusform>
            <numerusform>%n courses chosen, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 free in that folder: not enough unless part of it is there from an earlier export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free in that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 copied (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>A transfer rate: &quot;1.2 MB/s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 left</source>
        <extracomment>The time the export should still take: &quot;about 3 min 20 s left&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was stopped. The folder still holds its previous mirror, if it had one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) exported to %1.</source>
        <translation>
            <numerusform>%n course exported to %1.</numerusform>
            <numerusform>%n courses exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files: %1, %2, %3.</source>
        <extracomment>&quot;Files: 12 copied (1.2 GB), 3 already there, 2 no longer used removed.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n copied (%1)</source>
        <translation>
            <numerusform>%n copied (%1)</numerusform>
            <numerusform>%n copied (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer used removed</source>
        <translation>
            <numerusform>%n no longer used removed</numerusform>
            <numerusform>%n no longer used removed</numerusform>
        </translation>
    </message>
    <message>
        <source>Your name, as the people who import it will see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for this computer&apos;s signing key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available, so this export will not be signed: the people who import it cannot check who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with this computer&apos;s key, fingerprint %1. Keep the same name, so that the people who import your exports recognise you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clikc::GuideDialog</name>
    <message>
        <source>Coordinator&apos;s guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clikc::LearnerChooser</name>
    <message>
        <source>On this computer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to upload</source>
        <translation>
            <numerusform>%n action waiting to upload</numerusform>
            <numerusform>%n actions waiting to upload</numerusform>
        </translation>
    </message>
    <message>
        <source>Asks for a PIN or passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens without a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s &amp;PIN or passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That PIN or passphrase is not right. Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>That PIN or passphrase is not right. Wait %n second before trying again.</numerusform>
            <numerusform>That PIN or passphrase is not right. Wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN or passphrase is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries: wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Too many wrong tries: wait %n second before trying again.</numerusform>
            <numerusform>Too many wrong tries: wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is studying?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN or passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners without a PIN open with their tile: anyone at this computer can open them. To keep your progress to yourself, choose Account › Set a PIN or passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workstation settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clikc::LearnerDialog</name>
    <message>
        <source>Add a learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each learner on this computer has their own courses, progress, language and sign-in. Nobody else sees them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN or passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new PIN or passphrase for this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PIN or passphrase for this computer, or leave both fields empty to open without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN or passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Optional: at least %n character(s). Without one, anyone at this computer can open this learner&apos;s courses and progress.</source>
        <translation>
            <numerusform>Optional: at least %n character. Without one, anyone at this computer can open this learner&apos;s courses and progress.</numerusform>
            <numerusform>Optional: at least %n characters. Without one, anyone at this computer can open this learner&apos;s courses and progress.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer requires a PIN or passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a CLiKC! a&amp;ccount: sign in next, and the site gives the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer &amp;only: a name, for the sample course and mirrored courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new PIN or passphrase for %1 on this computer. Give it to them yourself; once in, they can choose their own from the Account menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new PIN or passphrase for %1 on this computer, or leave both fields empty to let them open without one. Give it to them yourself; once in, they can choose their own from the Account menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This computer requires a PIN or passphrase of at least %n character(s). It is checked on this computer only, and cannot be recovered: forgotten, the centre&apos;s manager gives a new one in Workstation settings.</source>
        <translation>
            <numerusform>This computer requires a PIN or passphrase of at least %n character. It is checked on this computer only, and cannot be recovered: forgotten, the centre&apos;s manager gives a new one in Workstation settings.</numerusform>
            <numerusform>This computer requires a PIN or passphrase of at least %n characters. It is checked on this computer only, and cannot be recovered: forgotten, the centre&apos;s manager gives a new one in Workstation settings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clikc::LibraryModel</name>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not tracked · %n done</source>
        <translation>
            <numerusform>Not tracked · %n done</numerusform>
            <numerusform>Not tracked · %n done</numerusform>
        </translation>
    </message>
    <message>
        <source>Not tracked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clikc::LibraryPage</name>
    <message>
        <source>My courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the courses whose title contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free the disk space this course uses. Your progress is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from this computer? Its files will be deleted; your progress is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not put the course back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to open the selected course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Get your courses.&lt;/b&gt; Sign in to CLiKC! to download the courses you are enrolled in, or import courses from a USB drive or shared folder if there is no connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in to CLiKC!…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a &amp;USB drive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no courses on this computer yet. Open a course from Account › Refresh my courses, or use File › Import a mirror to add courses from a USB drive or shared folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no courses on this computer yet. Sign in to CLiKC! to get your courses, or import them from a USB drive or shared folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 on disk · %3 of %n activity(s) completed</source>
        <translation>
            <numerusform>%1 · %2 on disk · %3 of %n activity completed</numerusform>
            <numerusform>%1 · %2 on disk · %3 of %n activities completed</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clikc::MainWindow</name>
    <message>
        <source>CLiKC! Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a mirror…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add courses from a CLiKC! mirror on a USB drive or shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-read every stored file and set aside any that is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CLiKC! Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity cannot be opened without a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working offline · no server set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server unreachable · working offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) · %1</source>
        <translation>
            <numerusform>%n course · %1</numerusform>
            <numerusform>%n courses · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample course could not be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the mirror&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing courses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) imported.</source>
        <translation>
            <numerusform>%n course imported.</numerusform>
            <numerusform>%n courses imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) imported. Some courses could not be imported and the library was left as it was for them.</source>
        <translation>
            <numerusform>%n course imported. Some courses could not be imported and the library was left as it was for them.</numerusform>
            <numerusform>%n courses imported. Some courses could not be imported and the library was left as it was for them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every stored file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) are intact.</source>
        <translation>
            <numerusform>%n file checked: it is intact.</numerusform>
            <numerusform>All %n files are intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged or missing file(s) were set aside. The courses that used them show as partly on this computer; put them back to repair them.</source>
        <translation>
            <numerusform>%n damaged or missing file was set aside. The courses that used it show as partly on this computer; put them back to repair them.</numerusform>
            <numerusform>%n damaged or missing files were set aside. The courses that used them show as partly on this computer; put them back to repair them.</numerusform>
        </translation>
    </message>
    <message>
        <source>About CLiKC! Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CLiKC! Desktop %1&lt;/h3&gt;&lt;p&gt;Study the World Customs Organization&apos;s CLiKC! courses on this computer, with or without a connection.&lt;/p&gt;&lt;p&gt;Your library is kept in:&lt;br/&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) failed</source>
        <translation>
            <numerusform>%n download failed</numerusform>
            <numerusform>%n downloads failed</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh my courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download all my courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change made on the site was newer than yours and was kept: see Uploads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload my progress now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n to upload: sign in</source>
        <translation>
            <numerusform>%n to upload: sign in</numerusform>
            <numerusform>%n to upload: sign in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to upload</source>
        <translation>
            <numerusform>%n to upload</numerusform>
            <numerusform>%n to upload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not accepted</source>
        <translation>
            <numerusform>%n not accepted</numerusform>
            <numerusform>%n not accepted</numerusform>
        </translation>
    </message>
    <message>
        <source>Last upload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing uploaded from this computer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading: %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left</source>
        <translation>
            <numerusform>%n file left</numerusform>
            <numerusform>%n files left</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to CLiKC! to get your courses (Account › Sign in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in · sign in to CLiKC!, or import courses from a USB drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking: %1 of %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The players for videos, pages and lessons could not be loaded (%1). Install CLiKC! Desktop again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything of %1 on this computer will be deleted: progress, lesson attempts, video positions, settings and sign-in. The courses stay for the other learners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) of %1 have not been uploaded to the site yet and will be lost.</source>
        <translation>
            <numerusform>%n action of %1 has not been uploaded to the site yet and will be lost.</numerusform>
            <numerusform>%n actions of %1 have not been uploaded to the site yet and will be lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Upload first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a &amp;PIN or passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove me from this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock your courses and let someone else use this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workstation settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this computer behaves for the learners who share it (for the centre&apos;s manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed outside CLiKC! Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file of “%1” in the content folder this computer&apos;s accounts share no longer matches what was downloaded, so it was set aside and not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is being downloaded again. Open the activity when the download is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to download it again, or import the mirror it came from again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export courses to a folder or USB drive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write courses to a USB drive or a shared folder for computers with no network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the mirror…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mirror is signed by “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint: %1

You have not imported from this signer before. If you can, check the fingerprint with them (by phone, for example). Their mirrors will then be trusted on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust and import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the key of “%1” has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mirror says it was signed by “%1”, but with another key than the one trusted for that name on this computer (new fingerprint: %2). It may not come from them.

Import it only if %1 confirms they have a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import and trust the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mirror is not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it comes from cannot be checked. Import it only if you know who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 (key fingerprint %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mirror was not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a course &amp;source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take courses from a mirror on your organisation&apos;s network (a web server or a shared folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) of the new source are in the library.</source>
        <translation>
            <numerusform>%n course of the new source is in the library.</numerusform>
            <numerusform>%n courses of the new source are in the library.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Coordinator&apos;s guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB drives for posts with no link, a mirror for a training centre, night syncs and their reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse the site&apos;s c&amp;atalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every course of the site: add one without enrolling, or enrol yourself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clikc::PageViewerPage</name>
    <message>
        <source>‹ Back to the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page could not be shown: its files are missing or damaged. Use File › Check the library, then put the course back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the course (Esc or Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clikc::PdfViewerPage</name>
    <message>
        <source>‹ Back to the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document could not be opened: its file is missing or damaged. Use File › Check the library, then put the course back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the course (Esc or Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clikc::ScormPlayerPage</name>
    <message>
        <source>‹ Back to the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the course (Alt+Left); your place in the lesson is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous part of the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next part of the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parts of this lesson: double-click one to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson player is incomplete: reinstall the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the lesson… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: you can continue where you left it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the lesson again from the beginning; your earlier attempts and their results are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 started. Your earlier attempts and their results are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time allowed for this part of the lesson is over. What you did is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time allowed for this part of the lesson is over. You may finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are reviewing attempt %1, which is over: nothing you do now changes its result. To try again, choose Start a new attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part of the lesson has not started: it seems to need the internet, which lessons cannot use here. Its other parts may work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This lesson allows %n attempt(s), and all of them have been used.</source>
        <translation>
            <numerusform>This lesson allows %n attempt, and it has been used.</numerusform>
            <numerusform>This lesson allows %n attempts, and all of them have been used.</numerusform>
        </translation>
    </message>
    <message>
        <source>The parts of this lesson, taken in order: use Next ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part of the lesson is finished. Choose Next › to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available yet: first finish the parts it depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress in this lesson could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clikc::SignInDialog</name>
    <message>
        <source>Sign in to CLiKC!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in once while you have a connection. Your password is not kept on this computer; the sign-in is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow an unencrypted connection (only for a local mirror you trust)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example https://clikc.wcoomd.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow an unencrypted connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this is a local mirror you trust, tick “%1” and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clikc::SiteCatalogue</name>
    <message>
        <source>This site does not let your account browse its catalogue of courses. Your own courses are still in your library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clikc::SourceDialog</name>
    <message>
        <source>Add a course source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CLiKC! mirror on your organisation&apos;s network: the address of a web server that holds an export (https://… or http://…), or a shared folder. Its courses appear in the library and download from there, and the site&apos;s files it holds are not fetched over the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address or folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://mirror.example.org/clikc/ or a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP (only for a server on your own network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder that holds the mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the mirror…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding its courses to the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n course(s), %1.</source>
        <translation>
            <numerusform>%n course, %1.</numerusform>
            <numerusform>%n courses, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This mirror is not signed: where it comes from cannot be checked. Add it only if you know who runs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1, fingerprint %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You trust this signer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not trusted this signer before. Check the fingerprint with them before you add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust and add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this name was trusted with another key. It may not be them. Add it only if they confirm they have a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and &amp;trust the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added. %n course(s) of this source are in the library; download them there (the files come from the source).</source>
        <translation>
            <numerusform>Added. %n course of this source is in the library; download it there (the files come from the source).</numerusform>
            <numerusform>Added. %n courses of this source are in the library; download them there (the files come from the source).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clikc::UploadsModel</name>
    <message>
        <source>Not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <extracomment>When the learner did it, e.g. &quot;Recorded 28 Nov 2026, 14:02&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clikc::UploadsPage</name>
    <message>
        <source>‹ My courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting: the site has everything you did on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send what is waiting to the site now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget an action the site did not accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to reach the site.</source>
        <translation>
            <numerusform>%n action waiting to reach the site.</numerusform>
            <numerusform>%n actions waiting to reach the site.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) not accepted by the site.</source>
        <translation>
            <numerusform>%n action not accepted by the site.</numerusform>
            <numerusform>%n actions not accepted by the site.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last upload: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again to send them (Account menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last attempt failed: %1 It will be tried again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of courses (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions waiting to reach the site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clikc::VideoPlayerPage</name>
    <message>
        <source>‹ Back to the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position (← and → move 5 seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume (↑ and ↓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave full screen (F or Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This video cannot be played on this computer. The media components for its format may be missing; see Troubleshooting in the user guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the course (Esc or Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to play or pause, double-click for full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clikc::WorkstationDialog</name>
    <message>
        <source>Workstation settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s settings are protected by the manager&apos;s PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s &amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this computer behaves for every learner who uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hared computer: always open on “Who is studying?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after no input for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without input before the learner is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners may &amp;add themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every learner needs a PIN or pass&amp;phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;nguage of “Who is studying?”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLiKC! si&amp;te for new learners:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;manager&apos;s PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave both empty to keep the manager&apos;s PIN as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manager&apos;s PIN yet: anyone at this computer can change these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve learner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries of the manager&apos;s PIN are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site must be a web address, such as https://clikc.wcoomd.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries: wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Too many wrong tries: wait %n second before trying again.</numerusform>
            <numerusform>Too many wrong tries: wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is not the manager&apos;s PIN. Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>That is not the manager&apos;s PIN. Wait %n second before trying again.</numerusform>
            <numerusform>That is not the manager&apos;s PIN. Wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is not the manager&apos;s PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to upload</source>
        <translation>
            <numerusform>%n action waiting to upload</numerusform>
            <numerusform>%n actions waiting to upload</numerusform>
        </translation>
    </message>
    <message>
        <source>New P&amp;IN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives the chosen learner a new PIN or passphrase, when they forgot theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clikc::players</name>
    <message>
        <source>%1 is not the players&apos; plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CLiKC! Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your library could not be opened (%1).

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLiKC! Desktop: the WCO&apos;s CLiKC! courses, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the library in &lt;dir&gt; (also: CLIKC_DATA_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
