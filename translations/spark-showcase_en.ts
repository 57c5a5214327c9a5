<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ContentFolderControls</name>
    <message numerus="yes">
        <source>Content: %1 · %n problem(s)</source>
        <extracomment>Status bar: %1 is the content folder&apos;s name; %n problems were found in it</extracomment>
        <translation>
            <numerusform>Content: %1 · %n problem</numerusform>
            <numerusform>Content: %1 · %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentProblemsPanel</name>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <extracomment>The number of problems found in the content folder</extracomment>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message numerus="yes">
        <source>Starting over in %n second(s)</source>
        <extracomment>Kiosk: under &quot;Touch to stay&quot;; %n is the number of seconds before the tour starts over</extracomment>
        <translation>
            <numerusform>Starting over in %n second</numerusform>
            <numerusform>Starting over in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Files: %n, such as %1</source>
        <extracomment>%1 is the name of the first file; %n the number of files</extracomment>
        <translation>
            <numerusform>Files: %n, such as %1</numerusform>
            <numerusform>Files: %n, such as %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files that exist already: %n.</source>
        <extracomment>%n is the number of files that exist already</extracomment>
        <translation>
            <numerusform>Files that exist already: %n.</numerusform>
            <numerusform>Files that exist already: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message numerus="yes">
        <source>files exist already (%n), such as “%1”</source>
        <extracomment>%1 the first file that exists; %n how many exist in all</extracomment>
        <translation>
            <numerusform>a file exists already: “%1”</numerusform>
            <numerusform>files exist already (%n), such as “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>export canceled; files saved before: %n</source>
        <extracomment>%n files were saved before the user canceled</extracomment>
        <translation>
            <numerusform>export canceled; files saved before: %n</numerusform>
            <numerusform>export canceled; files saved before: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message numerus="yes">
        <source>%n content file(s) checked: all valid.</source>
        <extracomment>--check-content summary; %n is the number of files checked</extracomment>
        <translation>
            <numerusform>%n content file checked: valid.</numerusform>
            <numerusform>%n content files checked: all valid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <extracomment>--check-content summary; %n is the number of problems</extracomment>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Files exported to %1: %n.</source>
        <extracomment>%n files were saved into the folder %1</extracomment>
        <translation>
            <numerusform>Files exported to %1: %n.</numerusform>
            <numerusform>Files exported to %1: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export canceled. Files saved: %n.</source>
        <extracomment>%n files were saved before the export was canceled</extracomment>
        <translation>
            <numerusform>Export canceled. Files saved: %n.</numerusform>
            <numerusform>Export canceled. Files saved: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files saved before it stopped: %n.</source>
        <extracomment>After the reason an export failed; %n files had been saved before</extracomment>
        <translation>
            <numerusform>Files saved before it stopped: %n.</numerusform>
            <numerusform>Files saved before it stopped: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinOverlay</name>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <extracomment>Kiosk operator exit: accessible text of the PIN field; %n digits typed so far</extracomment>
        <translation>
            <numerusform>%n digit entered</numerusform>
            <numerusform>%n digits entered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <extracomment>Kiosk operator exit: shown after several wrong PINs in a row; %n seconds until the keypad takes digits again</extracomment>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineDetailCard</name>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineItemView</name>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
</TS>
