<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Spark Showcase</source>
        <extracomment>Title of the About dialog</extracomment>
        <translation>À propos de Spark Showcase</translation>
    </message>
    <message>
        <source>Spark Showcase</source>
        <translation>Spark Showcase</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Version %1

The story of NVIDIA DGX Spark: what is inside it, how it got from the first DGX-1 in 2016 to the desk, who builds and uses it, and what reviewers said. Every fact carries its source; all of them are listed below. Click a source, or press Enter on it, to open its web page.</source>
        <extracomment>%1 is the version number</extracomment>
        <translation>Version %1

L’histoire du NVIDIA DGX Spark&#xa0;: ce qu’il renferme, comment on est passé du premier DGX-1, en 2016, au bureau, qui le fabrique et l’utilise, et ce qu’en a dit la critique. Chaque fait cite sa source&#x202f;; toutes sont listées ci-dessous. Cliquez sur une source, ou appuyez sur Entrée, pour ouvrir sa page web.</translation>
    </message>
    <message>
        <source>Every source the content cites. Enter opens the selected source in the browser.</source>
        <extracomment>Accessible description of the list of sources in the About dialog</extracomment>
        <translation>Toutes les sources que cite le contenu. Entrée ouvre la source choisie dans le navigateur.</translation>
    </message>
</context>
<context>
    <name>ChipBar</name>
    <message>
        <source>%1, %2</source>
        <extracomment>Accessible name of a filter chip: %1 the category, %2 how many items it holds</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>CliExport</name>
    <message>
        <source>invalid content in %1; run spark-showcase --check-content %2 to see why</source>
        <extracomment>%1 lists content files that were invalid, %2 the content folder</extracomment>
        <translation>contenu non valide dans %1&#x202f;; lancez spark-showcase --check-content %2 pour savoir pourquoi</translation>
    </message>
    <message>
        <source>%1; nothing written, add --force to replace them</source>
        <extracomment>%1 the reason, such as &quot;2 files exist already&quot;</extracomment>
        <translation>%1&#x202f;; rien n’a été écrit, ajoutez --force pour les remplacer</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Spark Showcase tells the story of NVIDIA DGX Spark: its hardware, its timeline, its partners and its reviews.</source>
        <extracomment>Shown at the top of --help</extracomment>
        <translation>Spark Showcase raconte l’histoire du NVIDIA DGX Spark&#xa0;: son matériel, sa chronologie, ses partenaires et les avis de la critique.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Start on the view NAME: %1.</source>
        <extracomment>%1 lists the view names</extracomment>
        <translation>Démarrer sur la vue NAME&#xa0;: %1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Start with the item ID selected (a part, an event, a partner or a quote). With --export, select it in every exported view that has it.</source>
        <translation>Démarrer avec l’élément ID sélectionné (un composant, un événement, un partenaire ou une citation). Avec --export, le sélectionner dans chaque vue exportée qui le contient.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Use the language CODE: %1. With --export, several codes separated by commas, or all.</source>
        <extracomment>%1 lists the language codes</extracomment>
        <translation>Utiliser la langue CODE&#xa0;: %1. Avec --export, plusieurs codes séparés par des virgules, ou all.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Use the theme %1.</source>
        <extracomment>%1 lists the theme names</extracomment>
        <translation>Utiliser le thème %1.</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>THEME</translation>
    </message>
    <message>
        <source>Replace bundled content files with those found in DIR, file by file.</source>
        <translation>Remplacer les fichiers de contenu fournis par ceux du dossier DIR, fichier par fichier.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Validate the content files in DIR, print every problem and exit: 0 when all are valid, 1 otherwise.</source>
        <translation>Valider les fichiers de contenu de DIR, afficher chaque problème et quitter&#xa0;: 0 si tous sont valides, 1 sinon.</translation>
    </message>
    <message>
        <source>Exit with status 0 as soon as the main window has painted its first frame.</source>
        <translation>Quitter avec le code de sortie 0 dès que la fenêtre principale a affiché sa première image.</translation>
    </message>
    <message>
        <source>Export the VIEWS (all, or names separated by commas: %1) as files into --out, without showing a window, and exit.</source>
        <extracomment>%1 lists the view names</extracomment>
        <translation>Exporter les vues VIEWS (all, ou des noms séparés par des virgules&#xa0;: %1) sous forme de fichiers dans --out, sans afficher de fenêtre, puis quitter.</translation>
    </message>
    <message>
        <source>VIEWS</source>
        <translation>VIEWS</translation>
    </message>
    <message>
        <source>With --export: the folder to write into, made when missing.</source>
        <translation>Avec --export&#xa0;: le dossier de destination, créé s’il n’existe pas.</translation>
    </message>
    <message>
        <source>With --export: the size each view is laid out at, in logical pixels (default 1920x1080).</source>
        <translation>Avec --export&#xa0;: la taille à laquelle chaque vue est mise en page, en pixels logiques (par défaut 1920x1080).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>With --export: device pixels per logical pixel of PNG and JPEG files; 2 makes 3840x2160 pixels of a 1920x1080 layout (default 1).</source>
        <translation>Avec --export&#xa0;: pixels physiques par pixel logique des fichiers PNG et JPEG&#x202f;; 2 donne 3840x2160 pixels pour une mise en page de 1920x1080 (par défaut 1).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>With --export: the file format, %1 (default png). PDF and SVG are vector drawings.</source>
        <extracomment>%1 lists the file formats</extracomment>
        <translation>Avec --export&#xa0;: le format de fichier, %1 (par défaut png). PDF et SVG sont des dessins vectoriels.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>With --export: the JPEG quality, 0 to 100 (default %1).</source>
        <extracomment>%1 is the default quality</extracomment>
        <translation>Avec --export&#xa0;: la qualité JPEG, de 0 à 100 (par défaut %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>With --export: the file names, from the placeholders %1 (default %2).</source>
        <extracomment>%1 lists the placeholders such as {view}, %2 is the default pattern</extracomment>
        <translation>Avec --export&#xa0;: les noms de fichier, à partir des variables %1 (par défaut %2).</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>PATTERN</translation>
    </message>
    <message>
        <source>With --export: replace files that exist already.</source>
        <translation>Avec --export&#xa0;: remplacer les fichiers existants.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”; see --help</source>
        <extracomment>%1 is the first argument the app did not understand</extracomment>
        <translation>argument inattendu «&#xa0;%1&#xa0;»&#x202f;; voir --help</translation>
    </message>
    <message>
        <source>%1 works only with --export</source>
        <extracomment>%1 is an option such as --out</extracomment>
        <translation>%1 ne fonctionne qu’avec --export</translation>
    </message>
    <message>
        <source>unknown view “%1”; expected one of: %2</source>
        <extracomment>%1 the view name given, %2 the list of view names</extracomment>
        <translation>vue inconnue «&#xa0;%1&#xa0;»&#x202f;; valeurs attendues&#xa0;: %2</translation>
    </message>
    <message>
        <source>--item needs an id</source>
        <translation>--item requiert un identifiant</translation>
    </message>
    <message>
        <source>unknown language “%1”; expected one of: %2</source>
        <extracomment>%1 the language code given, %2 the list of language codes</extracomment>
        <translation>langue inconnue «&#xa0;%1&#xa0;»&#x202f;; valeurs attendues&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown theme “%1”; expected one of: %2</source>
        <extracomment>%1 the theme name given, %2 the list of theme names</extracomment>
        <translation>thème inconnu «&#xa0;%1&#xa0;»&#x202f;; valeurs attendues&#xa0;: %2</translation>
    </message>
    <message>
        <source>the content folder “%1” does not exist</source>
        <extracomment>%1 is a folder path</extracomment>
        <translation>le dossier de contenu «&#xa0;%1&#xa0;» n’existe pas</translation>
    </message>
    <message>
        <source>%1 does not go with --export</source>
        <extracomment>%1 is an option such as --view</extracomment>
        <translation>%1 ne s’utilise pas avec --export</translation>
    </message>
    <message>
        <source>--export needs --out DIR, the folder to write into</source>
        <translation>--export requiert --out DIR, le dossier de destination</translation>
    </message>
    <message>
        <source>--name-pattern needs a pattern</source>
        <translation>--name-pattern requiert un modèle</translation>
    </message>
    <message>
        <source>Run as an unattended kiosk: full screen, locked against visitors, touring the views by itself.</source>
        <translation>Fonctionner en borne autonome : plein écran, verrouillée pour les visiteurs, parcourant les vues d’elle-même.</translation>
    </message>
    <message>
        <source>With --kiosk: read the kiosk settings (dwell times, idle timeout, operator PIN, heartbeat...) from the INI FILE.</source>
        <translation>Avec --kiosk : lire les réglages de la borne (durées d’affichage, délai d’inactivité, code de l’opérateur, signal de vie…) dans le fichier INI FILE.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>With --kiosk: show the window full screen on screen N, counted from 0.</source>
        <translation>Avec --kiosk : afficher la fenêtre en plein écran sur l’écran N, compté à partir de 0.</translation>
    </message>
    <message>
        <source>%1 works only with --kiosk</source>
        <extracomment>%1 is an option such as --screen</extracomment>
        <translation>%1 ne fonctionne qu’avec --kiosk</translation>
    </message>
    <message>
        <source>--kiosk-config needs a file</source>
        <translation>--kiosk-config demande un fichier</translation>
    </message>
    <message>
        <source>--screen needs a screen number from 0, not “%1”</source>
        <extracomment>%1 the value given to --screen</extracomment>
        <translation>--screen demande un numéro d’écran à partir de 0, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--check-content does not go with --kiosk</source>
        <translation>--check-content ne s’utilise pas avec --kiosk</translation>
    </message>
    <message>
        <source>With --kiosk: write the heartbeat to FILE, whatever the kiosk settings say (the systemd unit passes the file its watchdog reads).</source>
        <translation>Avec --kiosk : écrire le signal de vie dans le fichier FILE, quels que soient les réglages de la borne (l’unité systemd passe le fichier que lit son chien de garde).</translation>
    </message>
    <message>
        <source>Ask for an operator PIN twice, without showing it, and print the [operator] pin line for the kiosk settings; read two lines from standard input when it is not a terminal.</source>
        <translation>Demander deux fois un code d’opérateur, sans l’afficher, et écrire la ligne pin de la section [operator] des réglages de la borne ; lire deux lignes de l’entrée standard si ce n’est pas un terminal.</translation>
    </message>
    <message>
        <source>%1 does not go with --kiosk-hash-pin</source>
        <extracomment>%1 is an option such as --view</extracomment>
        <translation>%1 ne s’utilise pas avec --kiosk-hash-pin</translation>
    </message>
    <message>
        <source>--heartbeat needs a file</source>
        <translation>--heartbeat demande un fichier</translation>
    </message>
    <message>
        <source>With --export: add a QR code of the first source&apos;s web address to the detail card of the selected item and to the featured quote, as kiosk screens show them.</source>
        <translation>Avec --export : ajouter un code QR de l’adresse web de la première source à la fiche de l’élément choisi et à la citation mise en avant, comme sur les écrans de borne.</translation>
    </message>
    <message>
        <source>Exit with status 0 as soon as the main window has painted the whole content, large content files included.</source>
        <extracomment>--help: for start-up measurements of a content folder with large files</extracomment>
        <translation>Quitter avec le statut 0 dès que la fenêtre principale a dessiné tout le contenu, grands fichiers de contenu compris.</translation>
    </message>
</context>
<context>
    <name>ComparisonCharts</name>
    <message>
        <source>≈ %1</source>
        <extracomment>A figure on a chart whose sources are weak: %1 the figure, such as &quot;60 kg&quot;</extracomment>
        <translation>≈&#xa0;%1</translation>
    </message>
    <message>
        <source>approximate</source>
        <extracomment>Marks a figure on a chart whose sources are weak</extracomment>
        <translation>approximatif</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the qualifiers after a figure on a chart, such as &quot;FP16 · approximate&quot;</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A figure on a chart and its qualifiers: %1 &quot;170 TFLOPS&quot;, %2 &quot;FP16&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>log scale</source>
        <extracomment>Under the name of a measure on a chart whose axis grows by powers of ten</extracomment>
        <translation>échelle log.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A note under a chart: %1 the system, %2 the note</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Each measure on its own scale; bars on a log scale grow by powers of ten.</source>
        <extracomment>The line above the &quot;Then and now&quot; charts</extracomment>
        <translation>Chaque mesure a sa propre échelle&#x202f;; sur une échelle log., les barres croissent par puissances de dix.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#x202f;; </translation>
    </message>
    <message>
        <source>Then and now</source>
        <translation>Hier et aujourd’hui</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A system and the year it stands for, such as &quot;DGX-1 (2016)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ContentFolderControls</name>
    <message>
        <source>Open Content Folder</source>
        <translation>Ouvrir un dossier de contenu</translation>
    </message>
    <message>
        <source>&amp;Open Content Folder…</source>
        <extracomment>File menu: choose a folder whose content files replace the bundled ones</extracomment>
        <translation>&amp;Ouvrir un dossier de contenu…</translation>
    </message>
    <message>
        <source>Show the content files of a folder in place of the bundled ones, and follow their changes</source>
        <translation>Afficher les fichiers de contenu d’un dossier à la place des fichiers fournis, et suivre leurs modifications</translation>
    </message>
    <message>
        <source>&amp;Reload Content</source>
        <extracomment>File menu: read the content folder in use again</extracomment>
        <translation>&amp;Recharger le contenu</translation>
    </message>
    <message>
        <source>Read the content folder again now</source>
        <translation>Relire le dossier de contenu maintenant</translation>
    </message>
    <message>
        <source>Use &amp;Bundled Content</source>
        <extracomment>File menu: stop using a content folder and show the content built into the app</extracomment>
        <translation>Utiliser le contenu &amp;fourni</translation>
    </message>
    <message>
        <source>Show the content built into the app again</source>
        <translation>Afficher de nouveau le contenu intégré à l’application</translation>
    </message>
    <message>
        <source>Show the problems found in the content folder</source>
        <translation>Afficher les problèmes trouvés dans le dossier de contenu</translation>
    </message>
    <message>
        <source>Bundled content</source>
        <extracomment>Status bar: the app shows its own content, no folder is open</extracomment>
        <translation>Contenu fourni</translation>
    </message>
    <message>
        <source>The content built into the app. File › Open Content Folder… shows your own.</source>
        <translation>Le contenu intégré à l’application. Fichier › Ouvrir un dossier de contenu… affiche le vôtre.</translation>
    </message>
    <message>
        <source>Content: %1 · no problems</source>
        <extracomment>Status bar: %1 is the content folder&apos;s name</extracomment>
        <translation>Contenu&#xa0;: %1 · aucun problème</translation>
    </message>
    <message numerus="yes">
        <source>Content: %1 · %n problem(s)</source>
        <extracomment>Status bar: %1 is the content folder&apos;s name; %n problems were found in it</extracomment>
        <translation>
            <numerusform>Contenu&#xa0;: %1 · %n problème</numerusform>
            <numerusform>Contenu&#xa0;: %1 · %n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Click to show its problems.</source>
        <extracomment>Tooltip of the content status; %1 is the folder&apos;s full path</extracomment>
        <translation>%1
Cliquez pour afficher ses problèmes.</translation>
    </message>
    <message>
        <source>Content: %1 · reading…</source>
        <extracomment>Status bar while large content files are still being read after the window opened; %1 is the content folder&apos;s name</extracomment>
        <translation>Contenu&#xa0;: %1 · lecture en cours…</translation>
    </message>
</context>
<context>
    <name>ContentLoader</name>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>the file is %1 bytes; the limit is %2 bytes</source>
        <translation>le fichier fait %1 octets&#x202f;; la limite est de %2 octets</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is over the limit of %1 bytes</source>
        <translation>le fichier dépasse la limite de %1 octets</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>n’est pas un dossier</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>le dossier n’existe pas</translation>
    </message>
    <message>
        <source>holds none of the content files (%1)</source>
        <extracomment>%1 lists the content file names</extracomment>
        <translation>ne contient aucun des fichiers de contenu (%1)</translation>
    </message>
</context>
<context>
    <name>ContentParser</name>
    <message>
        <source>more problems were found; fix the ones above and check again</source>
        <extracomment>Shown after the first hundred problems in one content file.</extracomment>
        <translation>d’autres problèmes ont été trouvés&#x202f;; corrigez ceux ci-dessus et vérifiez à nouveau</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2 (byte offset %3): %4</source>
        <extracomment>%1 line, %2 column, %3 byte offset, %4 the parser&apos;s reason</extracomment>
        <translation>JSON non valide à la ligne %1, colonne %2 (octet %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>the file must hold one JSON object: {&quot;schemaVersion&quot;: 1, &quot;items&quot;: [...]}</source>
        <translation>le fichier doit contenir un seul objet JSON&#xa0;: {&quot;schemaVersion&quot;: 1, &quot;items&quot;: [...]}</translation>
    </message>
    <message>
        <source>required field is missing; write &quot;schemaVersion&quot;: %1</source>
        <translation>champ obligatoire manquant&#x202f;; écrivez &quot;schemaVersion&quot;: %1</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>doit être un nombre entier, pas %1</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this app supports (%2); update the app or write the older format</source>
        <translation>la version de schéma %1 est plus récente que celle prise en charge par cette application (%2)&#x202f;; mettez à jour l’application ou utilisez l’ancien format</translation>
    </message>
    <message>
        <source>schema version %1 does not exist; write %2</source>
        <translation>la version de schéma %1 n’existe pas&#x202f;; écrivez %2</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation>doit être un tableau, pas %1</translation>
    </message>
    <message>
        <source>%1 items is over the limit of %2</source>
        <translation>%1 éléments dépassent la limite de %2</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>doit être un objet, pas %1</translation>
    </message>
    <message>
        <source>unknown field; expected one of: %1</source>
        <extracomment>A field name in a content file is not one the format knows; %1 lists the known ones.</extracomment>
        <translation>champ inconnu&#x202f;; valeurs attendues&#xa0;: %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation>compte %1 caractères&#x202f;; la limite est de %2</translation>
    </message>
    <message>
        <source>contains the control character U+%1</source>
        <translation>contient le caractère de contrôle U+%1</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>doit être une chaîne, pas %1</translation>
    </message>
    <message>
        <source>must be a text object such as {&quot;en&quot;: &quot;…&quot;, &quot;de&quot;: &quot;…&quot;}, not %1</source>
        <translation>doit être un objet texte tel que {&quot;en&quot;: &quot;…&quot;, &quot;de&quot;: &quot;…&quot;}, pas %1</translation>
    </message>
    <message>
        <source>“%1” is not a language code such as “de” or “zh_CN”</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de langue tel que «&#xa0;de&#xa0;» ou «&#xa0;zh_CN&#xa0;»</translation>
    </message>
    <message>
        <source>the English text is missing</source>
        <translation>le texte anglais manque</translation>
    </message>
    <message>
        <source>%1 entries is over the limit of %2</source>
        <translation>%1 entrées dépassent la limite de %2</translation>
    </message>
    <message>
        <source>must be a date string such as &quot;2025-10-15&quot;, not %1</source>
        <translation>doit être une date telle que &quot;2025-10-15&quot;, pas %1</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>doit être un nombre, pas %1</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 est en dehors de l’intervalle %2 à %3</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>doit valoir true ou false, pas %1</translation>
    </message>
    <message>
        <source>unknown value “%1”; expected one of: %2</source>
        <translation>valeur inconnue «&#xa0;%1&#xa0;»&#x202f;; valeurs attendues&#xa0;: %2</translation>
    </message>
    <message>
        <source>must be an array of source ids, not %1</source>
        <translation>doit être un tableau d’identifiants de sources, pas %1</translation>
    </message>
    <message>
        <source>must name at least one source</source>
        <translation>doit citer au moins une source</translation>
    </message>
    <message>
        <source>“%1” is not a web address starting with https://</source>
        <extracomment>%1 is the address as written in the content file</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web commençant par https://</translation>
    </message>
    <message>
        <source>“%1” is not a seed number such as “004”</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro de seed tel que «&#xa0;004&#xa0;»</translation>
    </message>
    <message>
        <source>must be [x, y, width, height] inside the 100 × 100 diagram, with a width and a height</source>
        <translation>doit être [x, y, largeur, hauteur] dans le diagramme de 100 × 100, avec une largeur et une hauteur</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>the era ends before it starts</source>
        <translation>l’ère se termine avant de commencer</translation>
    </message>
    <message>
        <source>%1 must fall within the date %2</source>
        <extracomment>%1 is a field name, %2 the event&apos;s date</extracomment>
        <translation>%1 doit se situer dans la date %2</translation>
    </message>
    <message>
        <source>notAfter is earlier than notBefore</source>
        <translation>notAfter est antérieur à notBefore</translation>
    </message>
    <message>
        <source>give the document’s title or a description, not both</source>
        <translation>indiquez le titre du document ou une description, pas les deux</translation>
    </message>
    <message>
        <source>no title and no description: give the document’s own title, or describe it when it has none</source>
        <translation>ni titre ni description : indiquez le titre du document, ou décrivez-le s’il n’en a pas</translation>
    </message>
    <message>
        <source>no url and no note: give the document’s https address, or a note saying why it has none (a print-only or deleted page)</source>
        <extracomment>A source in a content file has neither a web address nor a note saying why; &quot;url&quot; and &quot;note&quot; are field names, not to be translated</extracomment>
        <translation>ni url ni note : indiquez l’adresse https du document, ou une note expliquant pourquoi il n’en a pas (document imprimé seulement ou page supprimée)</translation>
    </message>
</context>
<context>
    <name>ContentProblemsPanel</name>
    <message>
        <source>Copied</source>
        <extracomment>A copy button&apos;s label for a moment after it was pressed</extracomment>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Content Problems</source>
        <extracomment>Title of the panel that lists the problems of the content folder in use</extracomment>
        <translation>Problèmes de contenu</translation>
    </message>
    <message>
        <source>Reload</source>
        <extracomment>Reads the content folder again now</extracomment>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Reload the content folder</source>
        <translation>Recharger le dossier de contenu</translation>
    </message>
    <message>
        <source>Copy All</source>
        <extracomment>Copies every problem listed, one a line</extracomment>
        <translation>Tout copier</translation>
    </message>
    <message>
        <source>Copy all problems</source>
        <translation>Copier tous les problèmes</translation>
    </message>
    <message>
        <source>Bundled content</source>
        <extracomment>Heading of the problems panel when no content folder is open</extracomment>
        <translation>Contenu fourni</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <extracomment>The number of problems found in the content folder</extracomment>
        <translation>
            <numerusform>%n problème trouvé.</numerusform>
            <numerusform>%n problèmes trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder cannot be used: the bundled content is shown until it can be read.</source>
        <translation>Le dossier est inutilisable&#xa0;: le contenu fourni est affiché jusqu’à ce qu’il puisse être lu.</translation>
    </message>
    <message>
        <source>%1 has problems: its last good version stays on screen.</source>
        <extracomment>%1 is a content file name, such as partners.json</extracomment>
        <translation>%1 contient des problèmes&#xa0;: sa dernière version valide reste affichée.</translation>
    </message>
    <message>
        <source>%1 has problems: the bundled file is shown in its place.</source>
        <extracomment>%1 is a content file name, such as partners.json</extracomment>
        <translation>%1 contient des problèmes&#xa0;: le fichier fourni est affiché à sa place.</translation>
    </message>
    <message>
        <source>Fix the files and save them: this list follows the folder.</source>
        <translation>Corrigez les fichiers et enregistrez-les&#xa0;: cette liste suit le dossier.</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>A button beside one problem that copies its line to the clipboard</extracomment>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy problem %1</source>
        <extracomment>Accessible name of the copy button of problem %1 (1, 2, 3…)</extracomment>
        <translation>Copier le problème %1</translation>
    </message>
    <message>
        <source>Copy this line to the clipboard</source>
        <translation>Copier cette ligne dans le presse-papiers</translation>
    </message>
    <message>
        <source>No content folder is open.</source>
        <extracomment>Empty problems panel, when the app shows its own content</extracomment>
        <translation>Aucun dossier de contenu n’est ouvert.</translation>
    </message>
    <message>
        <source>Open one with File › Open Content Folder… to show your own content files and check them here.</source>
        <translation>Ouvrez-en un avec Fichier › Ouvrir un dossier de contenu… pour afficher vos propres fichiers de contenu et les vérifier ici.</translation>
    </message>
    <message>
        <source>No problems found in %1.</source>
        <extracomment>Empty problems panel; %1 is the content folder&apos;s name</extracomment>
        <translation>Aucun problème trouvé dans %1.</translation>
    </message>
    <message>
        <source>Every content file in the folder is valid and on screen. Files you save there show at once.</source>
        <translation>Tous les fichiers de contenu du dossier sont valides et affichés. Ce que vous y enregistrez apparaît aussitôt.</translation>
    </message>
    <message>
        <source>Problems</source>
        <extracomment>Accessible name of the scrolling list of problems</extracomment>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>ContentReferences</name>
    <message>
        <source>must be a string, not %1</source>
        <translation>doit être une chaîne, pas %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>“%1” is not a valid id: use up to %2 lowercase letters, digits, “-”, “_” or “.”, starting with a letter or a digit</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant valide&#xa0;: jusqu’à %2 lettres minuscules, chiffres, «&#xa0;-&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;.&#xa0;», commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>duplicate id “%1”, first used at %2</source>
        <extracomment>%2 is the JSON pointer of the first entry with the same id</extracomment>
        <translation>identifiant «&#xa0;%1&#xa0;» en double, déjà utilisé à %2</translation>
    </message>
    <message>
        <source>unknown value “%1”; expected one of: %2</source>
        <translation>valeur inconnue «&#xa0;%1&#xa0;»&#x202f;; valeurs attendues&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown system; expected one of: %1</source>
        <translation>système inconnu&#x202f;; valeurs attendues&#xa0;: %1</translation>
    </message>
    <message>
        <source>source “%1” is cited by nothing in this file; cite it or remove it</source>
        <extracomment>%1 is a source id</extracomment>
        <translation>la source «&#x202f;%1&#x202f;» n’est citée nulle part dans ce fichier ; citez-la ou supprimez-la</translation>
    </message>
</context>
<context>
    <name>ContentSource</name>
    <message>
        <source>The content folder %1 no longer exists; the bundled content is shown.</source>
        <extracomment>Status bar notice at start; %1 is the folder chosen in an earlier run</extracomment>
        <translation>Le dossier de contenu %1 n’existe plus&#xa0;; le contenu fourni est affiché.</translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message>
        <source>Touch to stay</source>
        <extracomment>Kiosk: large line over the screen after a minute without input; touching keeps the visitor&apos;s screen as it is, otherwise the tour starts over</extracomment>
        <translation>Touchez pour rester</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n second(s)</source>
        <extracomment>Kiosk: under &quot;Touch to stay&quot;; %n is the number of seconds before the tour starts over</extracomment>
        <translation>
            <numerusform>Reprise du début dans %n seconde</numerusform>
            <numerusform>Reprise du début dans %n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Current View</source>
        <translation>Exporter la vue actuelle</translation>
    </message>
    <message>
        <source>Export All Views</source>
        <translation>Exporter toutes les vues</translation>
    </message>
    <message>
        <source>Views:</source>
        <translation>Vues&#xa0;:</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>The list of views, separated by commas</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Current window (%1 × %2)</source>
        <extracomment>A size preset: the size of the view in the window now; %1 x %2 pixels</extracomment>
        <translation>Fenêtre actuelle (%1 × %2)</translation>
    </message>
    <message>
        <source>Full HD (%1 × %2)</source>
        <extracomment>A size preset for slides and screens; %1 x %2 pixels</extracomment>
        <translation>Full HD (%1 × %2)</translation>
    </message>
    <message>
        <source>4K UHD (%1 × %2)</source>
        <extracomment>A size preset for large screens and print; %1 x %2 pixels</extracomment>
        <translation>4K UHD (%1 × %2)</translation>
    </message>
    <message>
        <source>Square (%1 × %2)</source>
        <extracomment>A size preset for social media posts; %1 x %2 pixels</extracomment>
        <translation>Carré (%1 × %2)</translation>
    </message>
    <message>
        <source>Portrait (%1 × %2)</source>
        <extracomment>A size preset for phones and portrait screens; %1 x %2 pixels</extracomment>
        <translation>Portrait (%1 × %2)</translation>
    </message>
    <message>
        <source>Custom</source>
        <extracomment>A size preset: the width and height typed beside it</extracomment>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Width in logical pixels</source>
        <translation>Largeur en pixels logiques</translation>
    </message>
    <message>
        <source>Height in logical pixels</source>
        <translation>Hauteur en pixels logiques</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>É&amp;chelle&#xa0;:</translation>
    </message>
    <message>
        <source>1× (standard)</source>
        <extracomment>Scale 1x: one image pixel per logical pixel</extracomment>
        <translation>1× (standard)</translation>
    </message>
    <message>
        <source>2× (high density)</source>
        <extracomment>Scale 2x: two image pixels per logical pixel, for sharp text on high-density screens</extracomment>
        <translation>2× (haute densité)</translation>
    </message>
    <message>
        <source>Pixels per logical pixel in PNG and JPEG files. PDF and SVG are vector drawings and sharp at any size.</source>
        <translation>Pixels par pixel logique dans les fichiers PNG et JPEG. PDF et SVG sont des dessins vectoriels, nets à toute taille.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>Image JPEG</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>Document PDF (vectoriel)</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>Dessin SVG (vectoriel)</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <extracomment>JPEG compression quality, 0 (smallest file) to 100 (best picture)</extracomment>
        <translation>&amp;Qualité&#xa0;:</translation>
    </message>
    <message>
        <source>JPEG quality: 0 gives the smallest file, 100 the best picture.</source>
        <translation>Qualité JPEG&#xa0;: 0 donne le fichier le plus léger, 100 la meilleure image.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>Thè&amp;me&#xa0;:</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues&#xa0;:</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Each checked language gives one file per view.</source>
        <translation>Chaque langue cochée donne un fichier par vue.</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the folder the files are saved in</source>
        <translation>Choisir le dossier où enregistrer les fichiers</translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation>&amp;Noms de fichier&#xa0;:</translation>
    </message>
    <message>
        <source>File-name pattern</source>
        <translation>Modèle de nom de fichier</translation>
    </message>
    <message>
        <source>{view} view name, {lang} language code, {w} and {h} width and height, {scale} scale, {theme} theme, {ext} file extension.</source>
        <extracomment>Explains the placeholders of a file-name pattern; keep the words in braces unchanged</extracomment>
        <translation>{view} nom de la vue, {lang} code de langue, {w} et {h} largeur et hauteur, {scale} échelle, {theme} thème, {ext} extension du fichier.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The current view as it will be exported, in the first language checked</source>
        <translation>La vue actuelle telle qu’elle sera exportée, dans la première langue cochée</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Check at least one language.</source>
        <translation>Cochez au moins une langue.</translation>
    </message>
    <message>
        <source>Choose a folder for the files.</source>
        <translation>Choisissez un dossier pour les fichiers.</translation>
    </message>
    <message numerus="yes">
        <source>Files: %n, such as %1</source>
        <extracomment>%1 is the name of the first file; %n the number of files</extracomment>
        <translation>
            <numerusform>%n fichier, par exemple %1</numerusform>
            <numerusform>%n fichiers, par exemple %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <extracomment>The dialog&apos;s main button</extracomment>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exporter vers</translation>
    </message>
    <message numerus="yes">
        <source>Files that exist already: %n.</source>
        <extracomment>%n is the number of files that exist already</extracomment>
        <translation>
            <numerusform>%n fichier existe déjà.</numerusform>
            <numerusform>%n fichiers existent déjà.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace them with the new pictures in %1?</source>
        <extracomment>%1 is the folder</extracomment>
        <translation>Les remplacer par les nouvelles images dans %1&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Add &amp;QR codes of the sources</source>
        <extracomment>Check box in the export dialog; the codes are those kiosk screens show</extracomment>
        <translation>Ajouter les codes &amp;QR des sources</translation>
    </message>
    <message>
        <source>Detail cards and the featured quote show a QR code of their first source&apos;s web address, as on kiosk screens.</source>
        <translation>Les fiches et la citation mise en avant affichent un code QR de l’adresse web de leur première source, comme sur les écrans de borne.</translation>
    </message>
</context>
<context>
    <name>ExportPlan</name>
    <message>
        <source>no output folder given</source>
        <translation>aucun dossier de sortie indiqué</translation>
    </message>
    <message>
        <source>the file-name pattern has an unknown placeholder %1; known: %2</source>
        <extracomment>%1 a placeholder such as {date}, %2 the list of known placeholders</extracomment>
        <translation>le modèle de nom de fichier contient une variable inconnue %1&#x202f;; variables connues&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file-name pattern “%1” gives “%2”, which is not a file name</source>
        <extracomment>%1 the file-name pattern, %2 the name it gave</extracomment>
        <translation>le modèle de nom de fichier «&#xa0;%1&#xa0;» donne «&#xa0;%2&#xa0;», qui n’est pas un nom de fichier</translation>
    </message>
    <message>
        <source>the file-name pattern “%1” names two files “%2”; add {view} or {lang}</source>
        <extracomment>%1 the file-name pattern, %2 a file name</extracomment>
        <translation>le modèle de nom de fichier «&#xa0;%1&#xa0;» nomme deux fichiers «&#xa0;%2&#xa0;»&#x202f;; ajoutez {view} ou {lang}</translation>
    </message>
</context>
<context>
    <name>ExportRequest</name>
    <message>
        <source>no view to export</source>
        <translation>aucune vue à exporter</translation>
    </message>
    <message>
        <source>unknown view “%1”; expected all or one of: %2</source>
        <extracomment>%1 the view name given, %2 the list of view names</extracomment>
        <translation>vue inconnue «&#xa0;%1&#xa0;»&#x202f;; valeurs attendues&#xa0;: all ou l’une de %2</translation>
    </message>
    <message>
        <source>no language to export</source>
        <translation>aucune langue à exporter</translation>
    </message>
    <message>
        <source>unknown language “%1”; expected all or one of: %2</source>
        <extracomment>%1 the language code given, %2 the list of language codes</extracomment>
        <translation>langue inconnue «&#xa0;%1&#xa0;»&#x202f;; valeurs attendues&#xa0;: all ou l’une de %2</translation>
    </message>
    <message>
        <source>the scale %1 is outside %2 to %3</source>
        <extracomment>%1 the scale given, %2 and %3 the smallest and largest scale</extracomment>
        <translation>l’échelle %1 est en dehors de l’intervalle %2 à %3</translation>
    </message>
    <message>
        <source>%1 pixels is %2 megapixels; the most an export may have is %3</source>
        <extracomment>%1 the size in pixels such as 20000x10000, %2 its megapixels, %3 the limit</extracomment>
        <translation>%1 pixels font %2 mégapixels&#x202f;; un export peut en avoir au plus %3</translation>
    </message>
    <message>
        <source>the quality %1 is outside 0 to 100</source>
        <translation>la qualité %1 est en dehors de l’intervalle 0 à 100</translation>
    </message>
    <message>
        <source>this build cannot write %1 files</source>
        <extracomment>%1 a file format such as jpg</extracomment>
        <translation>cette version ne sait pas écrire de fichiers %1</translation>
    </message>
    <message>
        <source>the size “%1” is not WIDTHxHEIGHT, such as 1920x1080</source>
        <extracomment>%1 the size given on the command line</extracomment>
        <translation>la taille «&#xa0;%1&#xa0;» n’est pas de la forme LARGEURxHAUTEUR, comme 1920x1080</translation>
    </message>
    <message>
        <source>the size “%1” has a side of zero pixels</source>
        <translation>la taille «&#xa0;%1&#xa0;» a un côté de zéro pixel</translation>
    </message>
    <message>
        <source>the size “%1” is over %2 pixels on a side</source>
        <extracomment>%1 the size given, %2 the longest side allowed, in pixels</extracomment>
        <translation>la taille «&#xa0;%1&#xa0;» dépasse %2 pixels de côté</translation>
    </message>
    <message>
        <source>the scale “%1” is not a number from %2 to %3</source>
        <extracomment>%1 the scale given, %2 and %3 the smallest and largest scale</extracomment>
        <translation>l’échelle «&#xa0;%1&#xa0;» n’est pas un nombre de %2 à %3</translation>
    </message>
    <message>
        <source>unknown format “%1”; expected one of: %2</source>
        <extracomment>%1 the format given, %2 the list of formats</extracomment>
        <translation>format inconnu «&#xa0;%1&#xa0;»&#x202f;; valeurs attendues&#xa0;: %2</translation>
    </message>
    <message>
        <source>the quality “%1” is not a whole number from 0 to 100</source>
        <extracomment>%1 the JPEG quality given</extracomment>
        <translation>la qualité «&#xa0;%1&#xa0;» n’est pas un nombre entier de 0 à 100</translation>
    </message>
    <message>
        <source>the view list “%1” has an empty entry</source>
        <extracomment>%1 the list of views given, such as &quot;hardware,,timeline&quot;</extracomment>
        <translation>la liste de vues «&#xa0;%1&#xa0;» contient une entrée vide</translation>
    </message>
    <message>
        <source>the language list “%1” has an empty entry</source>
        <extracomment>%1 the list of languages given, such as &quot;de,,ja&quot;</extracomment>
        <translation>la liste de langues «&#xa0;%1&#xa0;» contient une entrée vide</translation>
    </message>
    <message>
        <source>unknown theme “%1”; expected one of: %2</source>
        <extracomment>%1 the theme name given, %2 the list of theme names</extracomment>
        <translation>thème inconnu «&#xa0;%1&#xa0;»&#x202f;; valeurs attendues&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>no view of %2 has an item “%1”</source>
        <extracomment>%1 the item id given, %2 the list of views exported</extracomment>
        <translation>aucune vue parmi %2 ne contient l’élément «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the output folder “%1” is a file</source>
        <extracomment>%1 the output folder given, which is a file</extracomment>
        <translation>le dossier de sortie «&#xa0;%1&#xa0;» est un fichier</translation>
    </message>
    <message>
        <source>cannot write into the output folder “%1”: permission denied</source>
        <extracomment>%1 the output folder</extracomment>
        <translation>écriture impossible dans le dossier de sortie «&#xa0;%1&#xa0;»&#xa0;: permission refusée</translation>
    </message>
    <message>
        <source>cannot create the output folder “%1”: “%2” is not a writable folder</source>
        <extracomment>%1 the output folder, %2 the nearest existing folder or file on its path</extracomment>
        <translation>impossible de créer le dossier de sortie «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n’est pas un dossier accessible en écriture</translation>
    </message>
    <message numerus="yes">
        <source>files exist already (%n), such as “%1”</source>
        <extracomment>%1 the first file that exists; %n how many exist in all</extracomment>
        <translation>
            <numerusform>%n fichier existe déjà&#xa0;: «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>%n fichiers existent déjà, par exemple «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot create the output folder “%1”</source>
        <translation>impossible de créer le dossier de sortie «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot write into the output folder “%1”: %2</source>
        <extracomment>%1 the output folder, %2 the reason from the system</extracomment>
        <translation>écriture impossible dans le dossier de sortie «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>export canceled; files saved before: %n</source>
        <extracomment>%n files were saved before the user canceled</extracomment>
        <translation>
            <numerusform>export annulé&#x202f;; fichiers déjà enregistrés&#xa0;: %n</numerusform>
            <numerusform>export annulé&#x202f;; fichiers déjà enregistrés&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot draw “%1”: not enough memory for %2 pixels</source>
        <extracomment>%1 a file name, %2 its size in pixels such as 3840x2160</extracomment>
        <translation>impossible de dessiner «&#xa0;%1&#xa0;»&#xa0;: mémoire insuffisante pour %2 pixels</translation>
    </message>
    <message>
        <source>cannot draw “%1”: %2</source>
        <extracomment>%1 a file name, %2 the reason</extracomment>
        <translation>impossible de dessiner «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot encode “%1”: %2</source>
        <extracomment>%1 a file name, %2 the reason from the image writer</extracomment>
        <translation>impossible d’encoder «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot save “%1”: %2</source>
        <extracomment>%1 a file name, %2 the reason from the system</extracomment>
        <translation>impossible d’enregistrer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>there is no such view</source>
        <translation>cette vue n’existe pas</translation>
    </message>
</context>
<context>
    <name>FeaturedQuote</name>
    <message>
        <source>Featured quote</source>
        <extracomment>Accessible name of the rotating quote at the top of the Reviews view
----------
Label above the rotating quote at the top of the Reviews view</extracomment>
        <translation>Citation à la une</translation>
    </message>
    <message>
        <source>. </source>
        <translation>. </translation>
    </message>
    <message>
        <source>Pause rotation</source>
        <extracomment>Button that stops the featured quotes from changing by themselves</extracomment>
        <translation>Suspendre la rotation</translation>
    </message>
    <message>
        <source>Play rotation</source>
        <extracomment>Button that lets the featured quotes change by themselves again</extracomment>
        <translation>Reprendre la rotation</translation>
    </message>
    <message>
        <source>The featured quote changes every few seconds; Space pauses and plays.</source>
        <extracomment>Accessible description of the pause/play button</extracomment>
        <translation>La citation à la une change au bout de quelques secondes&#x202f;; Espace suspend et reprend la rotation.</translation>
    </message>
    <message>
        <source>Previous quote</source>
        <extracomment>Button that shows the previous featured quote</extracomment>
        <translation>Citation précédente</translation>
    </message>
    <message>
        <source>Next quote</source>
        <extracomment>Button that shows the next featured quote</extracomment>
        <translation>Citation suivante</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Position in the featured quotes: %1 of %2</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No featured quotes</source>
        <extracomment>Shown where the featured quote would be when no quote is featured</extracomment>
        <translation>Aucune citation à la une</translation>
    </message>
    <message>
        <source>Sources</source>
        <extracomment>Heading above the link to the source of the featured quote (one or several)</extracomment>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>USD</source>
        <extracomment>Unit symbol for US dollars on a chart axis</extracomment>
        <translation>USD</translation>
    </message>
    <message>
        <source>W</source>
        <extracomment>Unit symbol for watts</extracomment>
        <translation>W</translation>
    </message>
    <message>
        <source>kg</source>
        <extracomment>Unit symbol for kilograms</extracomment>
        <translation>kg</translation>
    </message>
    <message>
        <source>GB</source>
        <extracomment>Unit symbol for gigabytes</extracomment>
        <translation>Go</translation>
    </message>
    <message>
        <source>TFLOPS</source>
        <extracomment>Unit symbol for trillions of floating-point operations per second</extracomment>
        <translation>TFLOPS</translation>
    </message>
    <message>
        <source>%1 W</source>
        <extracomment>A power in watts, such as &quot;240 W&quot;</extracomment>
        <translation>%1 W</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <extracomment>A weight in kilograms, such as &quot;1.2 kg&quot;</extracomment>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <extracomment>An amount of memory in gigabytes, such as &quot;128 GB&quot;</extracomment>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>%1 TFLOPS</source>
        <extracomment>A compute rate in TFLOPS, such as &quot;170 TFLOPS&quot;</extracomment>
        <translation>%1 TFLOPS</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>A source: %1 title, %2 publisher, %3 date</extracomment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A source: %1 title, %2 publisher or date</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A source in few words: %1 publisher, %2 date</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A source known by a description: %1 date, %2 description
----------
A source known by a description: %1 publisher, %2 description</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>A source known by a description: %1 publisher, %2 date, %3 description</extracomment>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>HardwareDiagram</name>
    <message>
        <source>Hardware diagram</source>
        <extracomment>Accessible name of the illustrated breakdown of the machine</extracomment>
        <translation>Schéma du matériel</translation>
    </message>
    <message>
        <source>The parts of the machine. Use the arrow keys to move between parts and Enter to select one.</source>
        <extracomment>Accessible description of the hardware diagram</extracomment>
        <translation>Les composants de la machine. Les flèches passent d’un composant à l’autre, Entrée en sélectionne un.</translation>
    </message>
    <message>
        <source>%1 (approximate)</source>
        <extracomment>Accessible description of a part whose figure is approximate: %1 the figure</extracomment>
        <translation>%1 (approximatif)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>Accessible description of a part: %1 its specification, %2 why it matters</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No parts to show</source>
        <extracomment>Shown where the hardware diagram would be when the content has no parts to draw</extracomment>
        <translation>Aucun composant à afficher</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <extracomment>Tooltip of a part in the hardware diagram: %1 its name, %2 its specification</extracomment>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>HardwareModel</name>
    <message>
        <source>Part</source>
        <extracomment>Column header of the spec table: the name of a part</extracomment>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Specification</source>
        <extracomment>Column header of the spec table: its specification</extracomment>
        <translation>Caractéristique</translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>Column header of the spec table: the group of parts it belongs to</extracomment>
        <translation>Groupe</translation>
    </message>
</context>
<context>
    <name>HardwareView</name>
    <message>
        <source>Inside DGX Spark</source>
        <extracomment>Eyebrow above the headline of the Hardware view</extracomment>
        <translation>Au cœur du DGX Spark</translation>
    </message>
    <message>
        <source>What’s in the box</source>
        <extracomment>Headline of the Hardware view</extracomment>
        <translation>Sous le capot</translation>
    </message>
    <message>
        <source>Every part, what it does and why it matters, and how far the desktop has come.</source>
        <extracomment>The line under the headline of the Hardware view</extracomment>
        <translation>Chaque composant, ce qu’il fait et pourquoi il compte, et le chemin parcouru par l’ordinateur de bureau.</translation>
    </message>
    <message>
        <source>Specifications</source>
        <extracomment>Page chip of the Hardware view: the table of specifications
----------
Accessible name of the spec table</extracomment>
        <translation>Fiche technique</translation>
    </message>
    <message>
        <source>Then and now</source>
        <extracomment>Page chip of the Hardware view: DGX-1 of 2016 against DGX Spark</extracomment>
        <translation>Hier et aujourd’hui</translation>
    </message>
    <message>
        <source>What fits in memory</source>
        <extracomment>Page chip of the Hardware view: which model sizes fit in memory</extracomment>
        <translation>Ce qui tient en mémoire</translation>
    </message>
</context>
<context>
    <name>IniFile</name>
    <message>
        <source>cannot read the file (%1); nothing in it is used</source>
        <extracomment>Kiosk settings problem; %1 the reason the system gives</extracomment>
        <translation>impossible de lire le fichier (%1)&#x202f;; rien n’en est utilisé</translation>
    </message>
    <message>
        <source>larger than %1 bytes, far more than any settings file; nothing in it is used</source>
        <extracomment>Kiosk settings problem; %1 the largest size allowed, in bytes</extracomment>
        <translation>plus de %1 octets, bien plus que tout fichier de réglages&#x202f;; rien n’en est utilisé</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes; ignored</source>
        <extracomment>Kiosk settings problem; %1 the longest line allowed, in bytes</extracomment>
        <translation>la ligne dépasse %1 octets&#x202f;; ignorée</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8; ignored</source>
        <extracomment>Kiosk settings problem: the file must be in UTF-8</extracomment>
        <translation>la ligne n’est pas en UTF-8 valide&#x202f;; ignorée</translation>
    </message>
    <message>
        <source>a group name without its closing ]; the keys up to the next group are ignored</source>
        <extracomment>Kiosk settings problem: a line such as &quot;[loop&quot; that opens a group name and does not close it</extracomment>
        <translation>un nom de groupe sans son ] fermant&#x202f;; les clés jusqu’au groupe suivant sont ignorées</translation>
    </message>
    <message>
        <source>text after the group&apos;s closing ], ignored</source>
        <extracomment>Kiosk settings problem: a line such as &quot;[loop] views&quot;</extracomment>
        <translation>texte après le ] fermant du groupe, ignoré</translation>
    </message>
    <message>
        <source>expected “key = value”, a [group] or a comment; ignored</source>
        <extracomment>Kiosk settings problem: a line that the settings file cannot hold; keep &quot;key = value&quot; and &quot;[group]&quot; as they are</extracomment>
        <translation>attendu «&#xa0;key = value&#xa0;», un [group] ou un commentaire&#x202f;; ignoré</translation>
    </message>
    <message>
        <source>a value without a key; ignored</source>
        <extracomment>Kiosk settings problem: a line such as &quot;= 30&quot;</extracomment>
        <translation>une valeur sans clé&#x202f;; ignorée</translation>
    </message>
    <message>
        <source>the line ends in a backslash, but a value cannot go on to the next line; the key is ignored</source>
        <extracomment>Kiosk settings problem: QSettings could continue a value on the next line after a backslash; this reader does not</extracomment>
        <translation>la ligne se termine par une barre oblique inverse, mais une valeur ne peut pas continuer sur la ligne suivante&#x202f;; la clé est ignorée</translation>
    </message>
    <message>
        <source>unknown escape “%1”; the key is ignored</source>
        <extracomment>Kiosk settings problem; %1 the escape found: a backslash and a letter</extracomment>
        <translation>séquence d’échappement inconnue «&#xa0;%1&#xa0;»&#x202f;; la clé est ignorée</translation>
    </message>
    <message>
        <source>a quote that is not closed; the key is ignored</source>
        <extracomment>Kiosk settings problem: a value such as &quot;abc with no closing quote</extracomment>
        <translation>un guillemet n’est pas fermé&#x202f;; la clé est ignorée</translation>
    </message>
    <message>
        <source>“%1…” is a value in Qt&apos;s own encoding, which is not read; the key is ignored</source>
        <extracomment>Kiosk settings problem; %1 the start of the value, such as @Variant( or @ByteArray(; Qt writes values of its own types that way</extracomment>
        <translation>«&#xa0;%1…&#xa0;» est une valeur dans l’encodage propre à Qt, qui n’est pas lu&#x202f;; la clé est ignorée</translation>
    </message>
    <message>
        <source>set again; this value replaces the one on line %1</source>
        <extracomment>Kiosk settings problem; %1 the line that set the key first</extracomment>
        <translation>défini de nouveau&#x202f;; cette valeur remplace celle de la ligne %1</translation>
    </message>
</context>
<context>
    <name>KioskConfig</name>
    <message>
        <source>“%1” is not a whole number; expected %2 to %3, keeping %4</source>
        <extracomment>Kiosk settings problem; %1 the value found, %2 and %3 the allowed range, %4 the value kept instead</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre entier&#x202f;; attendu de %2 à %3, %4 est conservé</translation>
    </message>
    <message>
        <source>%1 is out of range; expected %2 to %3, keeping %4</source>
        <extracomment>Kiosk settings problem; %1 the number found, %2 and %3 the allowed range, %4 the default used instead</extracomment>
        <translation>%1 est hors limites&#x202f;; attendu de %2 à %3, %4 est conservé</translation>
    </message>
    <message>
        <source>“%1” is not true or false</source>
        <extracomment>Kiosk settings problem; %1 the value found</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est ni true ni false</translation>
    </message>
    <message>
        <source>unknown key, ignored</source>
        <extracomment>Kiosk settings problem: a key the app does not know, probably a typo</extracomment>
        <translation>clé inconnue, ignorée</translation>
    </message>
    <message>
        <source>unknown view “%1”, skipped; expected %2</source>
        <extracomment>Kiosk settings problem; %1 the name found, %2 the valid names</extracomment>
        <translation>vue inconnue «&#xa0;%1&#xa0;», ignorée&#x202f;; attendu&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is listed twice, skipped</source>
        <extracomment>Kiosk settings problem; %1 a view name listed twice</extracomment>
        <translation>«&#xa0;%1&#xa0;» figure deux fois, ignorée</translation>
    </message>
    <message>
        <source>no view left to show; showing every view</source>
        <translation>aucune vue restante&#x202f;; toutes les vues sont affichées</translation>
    </message>
    <message>
        <source>unknown language “%1”, skipped; expected %2</source>
        <extracomment>Kiosk settings problem; %1 the code found, %2 the valid codes</extracomment>
        <translation>langue inconnue «&#xa0;%1&#xa0;», ignorée&#x202f;; attendu&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown theme “%1”; expected %2, keeping %3</source>
        <extracomment>Kiosk settings problem; %1 the theme found, %2 the valid names, %3 the one kept</extracomment>
        <translation>thème inconnu « %1 » ; attendu : %2, %3 est conservé</translation>
    </message>
    <message>
        <source>%1 s is more than a third of the watchdog&apos;s %2 s threshold, so a working kiosk could be restarted; expected 1 to %3, keeping %4</source>
        <extracomment>Kiosk settings problem; %1 the interval found in seconds, %2 the watchdog&apos;s threshold in seconds, %3 the longest interval allowed, %4 the interval kept</extracomment>
        <translation>%1 s dépasse le tiers du seuil de %2 s du chien de garde, qui pourrait redémarrer une borne en bon état ; attendu de 1 à %3, %4 est conservé</translation>
    </message>
    <message>
        <source>ignored with the whole [operator] section, because %1; the exit chord is off</source>
        <extracomment>Kiosk settings problem; %1 says who else can write the file; whoever can write it could set their own PIN</extracomment>
        <translation>ignoré avec toute la section [operator], car %1 ; la combinaison de sortie est désactivée</translation>
    </message>
    <message>
        <source>%1; the exit chord is off</source>
        <extracomment>Kiosk settings problem; %1 what is wrong with the PIN hash</extracomment>
        <translation>%1 ; la combinaison de sortie est désactivée</translation>
    </message>
    <message>
        <source>this is the documentation&apos;s example, the PIN %1, which anyone can look up; set your own with spark-showcase --kiosk-hash-pin; the exit chord is off</source>
        <extracomment>Kiosk settings problem; %1 the example PIN of the documentation</extracomment>
        <translation>c’est l’exemple de la documentation, le code %1, que chacun peut lire ; définissez le vôtre avec spark-showcase --kiosk-hash-pin ; la combinaison de sortie est désactivée</translation>
    </message>
    <message>
        <source>an old SALT:HEX hash, a single SHA-256 round that an offline guess breaks at once; still accepted, but hash the PIN again with spark-showcase --kiosk-hash-pin</source>
        <extracomment>Kiosk settings problem: the PIN is still accepted, but should be hashed again</extracomment>
        <translation>une ancienne empreinte SALT:HEX, un seul tour de SHA-256 qu’une recherche hors ligne casse aussitôt ; encore acceptée, mais hachez de nouveau le code avec spark-showcase --kiosk-hash-pin</translation>
    </message>
</context>
<context>
    <name>LoadingState</name>
    <message>
        <source>Loading the hardware…</source>
        <extracomment>Shown in place of the hardware view while its content file is being read</extracomment>
        <translation>Chargement du matériel…</translation>
    </message>
    <message>
        <source>Loading the timeline…</source>
        <extracomment>Shown in place of the timeline while its content file is being read</extracomment>
        <translation>Chargement de la chronologie…</translation>
    </message>
    <message>
        <source>Loading the partners…</source>
        <extracomment>Shown in place of the partner grid while its content file is being read</extracomment>
        <translation>Chargement des partenaires…</translation>
    </message>
    <message>
        <source>Loading the reviews…</source>
        <extracomment>Shown in place of the quote wall while its content file is being read</extracomment>
        <translation>Chargement des avis…</translation>
    </message>
    <message>
        <source>The content folder holds many items. They appear here as soon as they are read.</source>
        <extracomment>Beneath &quot;Loading the timeline…&quot; and the like, while a large content file is read</extracomment>
        <translation>Le dossier de contenu contient de nombreux éléments. Ils apparaissent ici dès qu’ils sont lus.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message numerus="yes">
        <source>%n content file(s) checked: all valid.</source>
        <extracomment>--check-content summary; %n is the number of files checked</extracomment>
        <translation>
            <numerusform>%n fichier de contenu vérifié&#xa0;: valide.</numerusform>
            <numerusform>%n fichiers de contenu vérifiés&#xa0;: tous valides.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <extracomment>--check-content summary; %n is the number of problems</extracomment>
        <translation>
            <numerusform>%n problème trouvé.</numerusform>
            <numerusform>%n problèmes trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>no view has an item “%1”</source>
        <extracomment>%1 is the id given to --item</extracomment>
        <translation>aucune vue ne contient l’élément «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the %2 view has no item “%1”</source>
        <extracomment>%1 is the id given to --item, %2 the view name</extracomment>
        <translation>la vue %2 ne contient pas l’élément «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Invalid content replaced by the bundled files: %1. Run spark-showcase --check-content to see why.</source>
        <extracomment>%1 lists content files that were invalid</extracomment>
        <translation>Contenu non valide remplacé par les fichiers fournis&#xa0;: %1. Lancez spark-showcase --check-content pour savoir pourquoi.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Spark Showcase</source>
        <extracomment>The window title</extracomment>
        <translation>Spark Showcase</translation>
    </message>
    <message>
        <source>Show %1</source>
        <extracomment>A View menu entry that shows one of the four views; %1 is its title</extracomment>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Export Current View…</source>
        <translation>&amp;Exporter la vue actuelle…</translation>
    </message>
    <message>
        <source>Save the view shown as a picture or document, at any size</source>
        <translation>Enregistrer la vue affichée comme image ou document, à n’importe quelle taille</translation>
    </message>
    <message>
        <source>Export &amp;All Views…</source>
        <translation>Exporter &amp;toutes les vues…</translation>
    </message>
    <message>
        <source>Save every view as pictures or documents, in one or more languages</source>
        <translation>Enregistrer toutes les vues comme images ou documents, dans une ou plusieurs langues</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Copy View as Image</source>
        <translation>&amp;Copier la vue comme image</translation>
    </message>
    <message>
        <source>Put a picture of the view shown on the clipboard</source>
        <translation>Placer une image de la vue affichée dans le presse-papiers</translation>
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
        <source>&amp;Next View</source>
        <translation>Vue &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous View</source>
        <translation>Vue &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <extracomment>A theme with the strongest contrast between text and background</extracomment>
        <translation>Contraste é&amp;levé</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Reduce Motion</source>
        <extracomment>Stops animations and the rotation of featured quotes</extracomment>
        <translation>&amp;Réduire les animations</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Plein é&amp;cran</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Spark Showcase</source>
        <translation>À &amp;propos de Spark Showcase</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>The button that stops a running export, in its progress dialog</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>Préparation de l’export…</translation>
    </message>
    <message>
        <source>Drawing %1 in %2, file %3 of %4…</source>
        <extracomment>Export progress; %1 a view title, %2 a language name, %3 and %4 numbers</extracomment>
        <translation>Dessin de «&#xa0;%1&#xa0;» (%2), fichier %3 sur %4…</translation>
    </message>
    <message numerus="yes">
        <source>Files exported to %1: %n.</source>
        <extracomment>%n files were saved into the folder %1</extracomment>
        <translation>
            <numerusform>%n fichier exporté dans %1.</numerusform>
            <numerusform>%n fichiers exportés dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export canceled. Files saved: %n.</source>
        <extracomment>%n files were saved before the export was canceled</extracomment>
        <translation>
            <numerusform>Export annulé. Fichiers enregistrés&#xa0;: %n.</numerusform>
            <numerusform>Export annulé. Fichiers enregistrés&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export did not finish.</source>
        <translation>L’export n’a pas abouti.</translation>
    </message>
    <message numerus="yes">
        <source>Files saved before it stopped: %n.</source>
        <extracomment>After the reason an export failed; %n files had been saved before</extracomment>
        <translation>
            <numerusform>Fichiers enregistrés avant l’arrêt&#xa0;: %n.</numerusform>
            <numerusform>Fichiers enregistrés avant l’arrêt&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the %1 view to the clipboard.</source>
        <extracomment>%1 is a view title</extracomment>
        <translation>Vue «&#xa0;%1&#xa0;» copiée dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Views</source>
        <extracomment>Accessible name of the tabs that hold the four views</extracomment>
        <translation>Vues</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <extracomment>Edit menu: focuses and selects the search field of the view shown</extracomment>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Search the view shown</source>
        <translation>Rechercher dans la vue affichée</translation>
    </message>
</context>
<context>
    <name>MemoryFitChart</name>
    <message>
        <source>%1 at %2: %3</source>
        <extracomment>Tooltip on a bar of the memory chart: %1 model size, %2 precision, %3 memory</extracomment>
        <translation>%1 en %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>The label of a reference line on the memory chart: %1 &quot;One DGX Spark&quot;, %2 &quot;128 GB&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A note under the memory chart: %1 a model size such as &quot;70B&quot;, %2 what it stands for</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Weights, %1</source>
        <extracomment>Title of the value axis of the memory chart</extracomment>
        <translation>Poids du modèle, %1</translation>
    </message>
    <message>
        <source>Weights only. The KV cache and activations need memory on top, so what runs in practice is smaller.</source>
        <extracomment>Under the memory chart: the bars show weights only</extracomment>
        <translation>Uniquement les poids du modèle. Le cache KV et les activations demandent de la mémoire en plus&#xa0;: ce qui tourne en pratique est donc plus petit.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#x202f;; </translation>
    </message>
    <message>
        <source>What fits in memory</source>
        <translation>Ce qui tient en mémoire</translation>
    </message>
</context>
<context>
    <name>PartDetailCard</name>
    <message>
        <source>Explore</source>
        <extracomment>Eyebrow of the detail card before a part is chosen</extracomment>
        <translation>Explorer</translation>
    </message>
    <message>
        <source>Pick a part</source>
        <extracomment>Heading of the detail card before a part is chosen</extracomment>
        <translation>Choisissez un composant</translation>
    </message>
    <message>
        <source>Touch a part of the drawing or a row of the table, or move with the arrow keys, to see what it is, why it matters and where the figure comes from.</source>
        <extracomment>The detail card before a part is chosen: how to choose one</extracomment>
        <translation>Touchez un composant du dessin ou une ligne du tableau, ou naviguez avec les flèches, pour voir ce que c’est, à quoi il sert et d’où vient le chiffre.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <extracomment>Under a fact: where it comes from. %1 is a citation</extracomment>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <extracomment>Under a fact: where it comes from. %1 is a list of citations</extracomment>
        <translation>Sources&#xa0;: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#x202f;; </translation>
    </message>
    <message>
        <source>Approximate</source>
        <extracomment>Read out for a figure that is approximate
----------
Tag on a figure whose sources are weak</extracomment>
        <translation>Approximatif</translation>
    </message>
    <message>
        <source>Sources</source>
        <extracomment>Heading above the links to the sources of a part (one or several)</extracomment>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>PartialDate</name>
    <message>
        <source>“%1” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#x202f;; écrivez AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>year %1 is outside %2 to %3</source>
        <translation>l’année %1 est en dehors de l’intervalle %2 à %3</translation>
    </message>
    <message>
        <source>month %1 does not exist</source>
        <translation>le mois %1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar</source>
        <translation>%1 n’est pas un jour du calendrier</translation>
    </message>
</context>
<context>
    <name>PartnerDetailPane</name>
    <message>
        <source>Partner details</source>
        <extracomment>Accessible name of the partner detail pane when no partner is selected</extracomment>
        <translation>Détails du partenaire</translation>
    </message>
    <message>
        <source>All partners</source>
        <extracomment>Eyebrow of the partner detail pane when nothing is selected, above the number of partners</extracomment>
        <translation>Tous les partenaires</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A category and how many partners it has, in the detail pane overview</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Choose a tile, or type a name, to see what a partner does with DGX Spark.</source>
        <extracomment>Hint in the partner detail pane when no partner is selected</extracomment>
        <translation>Choisissez une tuile, ou tapez un nom, pour voir ce qu’un partenaire fait avec le DGX Spark.</translation>
    </message>
    <message>
        <source>With DGX Spark</source>
        <extracomment>Heading in the partner detail pane: what the partner does with DGX Spark</extracomment>
        <translation>Avec le DGX Spark</translation>
    </message>
    <message>
        <source>Place</source>
        <extracomment>Heading in the partner detail pane: where the partner is</extracomment>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>People</source>
        <extracomment>Heading in the partner detail pane: the people named with the partner</extracomment>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Approximate</source>
        <extracomment>Marks a partner fact that rests on weak sources</extracomment>
        <translation>Approximatif</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <extracomment>%1 the sources of a partner fact, one per line</extracomment>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <extracomment>Heading above the links to the sources of a partner (one or several)</extracomment>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>PartnerEmptyState</name>
    <message>
        <source>No partner in this category</source>
        <extracomment>Shown over the partner grid when a category has no partners</extracomment>
        <translation>Aucun partenaire dans cette catégorie</translation>
    </message>
    <message>
        <source>No partner matches “%1”</source>
        <extracomment>Shown over the partner grid when the search finds nothing; %1 the search text</extracomment>
        <translation>Aucun partenaire ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Clear search</source>
        <extracomment>Button in the empty partner grid that clears the search (and the category filter)</extracomment>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Show all partners</source>
        <translation>Afficher tous les partenaires</translation>
    </message>
    <message>
        <source>Try another spelling, another category, or clear the search.</source>
        <extracomment>Accessible description of the empty partner grid</extracomment>
        <translation>Essayez une autre orthographe, une autre catégorie, ou effacez la recherche.</translation>
    </message>
</context>
<context>
    <name>PartnersView</name>
    <message>
        <source>Partners</source>
        <extracomment>Eyebrow above the Partners view&apos;s headline
----------
Accessible name of the grid of partner tiles</extracomment>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Who builds, sells and uses it</source>
        <extracomment>Headline of the Partners view</extracomment>
        <translation>Qui le fabrique, le vend et l’utilise</translation>
    </message>
    <message>
        <source>System makers, chip partners, software, labs, studios and shops: choose one to see what they do with DGX Spark.</source>
        <extracomment>The line under the Partners headline</extracomment>
        <translation>Constructeurs, fabricants de puces, logiciels, labos, studios et boutiques&#xa0;: choisissez-en un pour voir ce qu’il fait avec le DGX Spark.</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>First chip of the partner category filter</extracomment>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <extracomment>Accessible name of the partner category chips</extracomment>
        <translation>Filtrer par catégorie</translation>
    </message>
    <message>
        <source>Search partners</source>
        <extracomment>Placeholder of the partner search field</extracomment>
        <translation>Rechercher un partenaire</translation>
    </message>
    <message>
        <source>Finds partners by name, product, place or people; case and accents do not matter.</source>
        <extracomment>Accessible description of the partner search field</extracomment>
        <translation>Trouve les partenaires par nom, produit, lieu ou personnes, sans tenir compte de la casse ni des accents.</translation>
    </message>
    <message>
        <source>One tile per partner. Arrow keys move between tiles; typing starts a search.</source>
        <extracomment>Accessible description of the grid of partner tiles</extracomment>
        <translation>Une tuile par partenaire. Les flèches passent d’une tuile à l’autre&#x202f;; la saisie lance une recherche.</translation>
    </message>
</context>
<context>
    <name>PathTrust</name>
    <message>
        <source>cannot check %1: %2</source>
        <extracomment>Kiosk file check; %1 a path, %2 the reason the system gives</extracomment>
        <translation>impossible de vérifier %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <extracomment>Kiosk file check; %1 a path</extracomment>
        <translation>%1 n’est pas un dossier</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <extracomment>Kiosk file check; %1 a path</extracomment>
        <translation>%1 est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>%1 belongs to user %2, neither root nor the kiosk&apos;s user %3</source>
        <extracomment>Kiosk file check; %1 a path, %2 and %3 user ids</extracomment>
        <translation>%1 appartient à l’utilisateur %2, ni root ni l’utilisateur de la borne, %3</translation>
    </message>
    <message>
        <source>%1 can be written by others than its owner and root (mode %2)</source>
        <extracomment>Kiosk file check; %1 a path, %2 its permissions in octal such as 0666</extracomment>
        <translation>%1 peut être modifié par d’autres que son propriétaire et root (mode %2)</translation>
    </message>
    <message>
        <source>cannot make the folder %1: %2</source>
        <extracomment>Kiosk file check; %1 a folder, %2 the reason the system gives</extracomment>
        <translation>impossible de créer le dossier %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>Kiosk file check; %1 a path, %2 the reason the system gives</extracomment>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>PinHash</name>
    <message>
        <source>not a PIN hash; expected pbkdf2-sha256$ITERATIONS$SALT$HASH as spark-showcase --kiosk-hash-pin prints it</source>
        <extracomment>Kiosk settings problem; keep the placeholders ITERATIONS, SALT and HASH and the option name as they are</extracomment>
        <translation>pas une empreinte de code ; attendu pbkdf2-sha256$ITERATIONS$SALT$HASH tel que l’écrit spark-showcase --kiosk-hash-pin</translation>
    </message>
    <message>
        <source>“%1” is not an iteration count from 1 to %2</source>
        <extracomment>Kiosk settings problem; %1 the value found, %2 the largest count accepted</extracomment>
        <translation>« %1 » n’est pas un nombre d’itérations de 1 à %2</translation>
    </message>
    <message>
        <source>%1 iterations are too few to slow down a guess; at least %2, hash the PIN again with spark-showcase --kiosk-hash-pin</source>
        <extracomment>Kiosk settings problem; %1 the iterations found, %2 the fewest accepted</extracomment>
        <translation>%1 itérations sont trop peu pour ralentir une recherche ; au moins %2, hachez de nouveau le code avec spark-showcase --kiosk-hash-pin</translation>
    </message>
    <message>
        <source>the salt is not base64 of at least %1 bytes</source>
        <extracomment>Kiosk settings problem; %1 the smallest salt size in bytes</extracomment>
        <translation>le sel n’est pas du base64 d’au moins %1 octets</translation>
    </message>
    <message>
        <source>the hash is not base64 of %1 bytes</source>
        <extracomment>Kiosk settings problem; %1 the size of the hash in bytes</extracomment>
        <translation>l’empreinte n’est pas du base64 de %1 octets</translation>
    </message>
    <message>
        <source>the PIN may hold only the digits 0 to 9, the keys of the keypad</source>
        <extracomment>--kiosk-hash-pin refuses a PIN; the on-screen keypad has only digits</extracomment>
        <translation>le code ne peut contenir que les chiffres 0 à 9, les touches du pavé</translation>
    </message>
    <message>
        <source>the PIN needs %1 to %2 digits</source>
        <extracomment>--kiosk-hash-pin refuses a PIN; %1 and %2 the fewest and most digits</extracomment>
        <translation>le code doit avoir de %1 à %2 chiffres</translation>
    </message>
    <message>
        <source>%1 is the example PIN of the documentation, which the kiosk never accepts</source>
        <extracomment>--kiosk-hash-pin refuses a PIN; %1 the example PIN of the documentation</extracomment>
        <translation>%1 est le code d’exemple de la documentation, que la borne n’accepte jamais</translation>
    </message>
    <message>
        <source>one digit repeated or a straight run of digits is among the first PINs anyone tries</source>
        <extracomment>--kiosk-hash-pin refuses a PIN such as 0000 or 4567</extracomment>
        <translation>un chiffre répété ou une suite de chiffres fait partie des premiers codes que chacun essaie</translation>
    </message>
</context>
<context>
    <name>PinOverlay</name>
    <message>
        <source>Wrong PIN. Try again.</source>
        <extracomment>Kiosk operator exit: shown after a wrong PIN</extracomment>
        <translation>Code erroné. Réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <extracomment>Kiosk operator exit: accessible text of the PIN field; %n digits typed so far</extracomment>
        <translation>
            <numerusform>%n chiffre saisi</numerusform>
            <numerusform>%n chiffres saisis</numerusform>
        </translation>
    </message>
    <message>
        <source>Operator exit</source>
        <extracomment>Kiosk operator exit: title of the panel that asks for the PIN
----------
Kiosk operator exit: accessible name of the PIN panel</extracomment>
        <translation>Sortie opérateur</translation>
    </message>
    <message>
        <source>Enter the PIN to leave kiosk mode.</source>
        <extracomment>Kiosk operator exit: asks for the operator PIN</extracomment>
        <translation>Saisissez le code pour quitter le mode borne.</translation>
    </message>
    <message>
        <source>Erase</source>
        <extracomment>Kiosk operator exit keypad: erases the last digit</extracomment>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Kiosk operator exit keypad: submits the PIN</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Kiosk operator exit: closes the PIN panel and stays in kiosk mode</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Digit %1</source>
        <extracomment>Kiosk operator exit keypad: accessible name of a digit key; %1 the digit</extracomment>
        <translation>Chiffre %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <extracomment>Kiosk operator exit: shown after several wrong PINs in a row; %n seconds until the keypad takes digits again</extracomment>
        <translation>
            <numerusform>Trop de codes erronés. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de codes erronés. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <extracomment>Kiosk operator exit: shown while the PIN typed is being checked</extracomment>
        <translation>Vérification du code…</translation>
    </message>
</context>
<context>
    <name>PinPrompt</name>
    <message>
        <source>Operator PIN (4 to 12 digits, not shown): </source>
        <extracomment>--kiosk-hash-pin: asks for the PIN, which is not shown as it is typed</extracomment>
        <translation>Code de l’opérateur (4 à 12 chiffres, non affiché) : </translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <extracomment>--kiosk-hash-pin: asks for the same PIN a second time</extracomment>
        <translation>Le même code encore une fois : </translation>
    </message>
    <message>
        <source>no PIN read twice; nothing printed</source>
        <extracomment>--kiosk-hash-pin: the input ended before two PINs were read</extracomment>
        <translation>aucun code lu deux fois ; rien n’est écrit</translation>
    </message>
    <message>
        <source>the two PINs differ; nothing printed</source>
        <extracomment>--kiosk-hash-pin: the two entries differ</extracomment>
        <translation>les deux codes diffèrent ; rien n’est écrit</translation>
    </message>
    <message>
        <source>%1; nothing printed</source>
        <extracomment>--kiosk-hash-pin refuses a PIN; %1 the reason</extracomment>
        <translation>%1 ; rien n’est écrit</translation>
    </message>
    <message>
        <source>Put this line in the [operator] section of the kiosk settings.</source>
        <extracomment>--kiosk-hash-pin: after the line is printed</extracomment>
        <translation>Placez cette ligne dans la section [operator] des réglages de la borne.</translation>
    </message>
</context>
<context>
    <name>QrTile</name>
    <message>
        <source>QR code of the source</source>
        <extracomment>Accessible name of the QR code on a card in kiosk mode</extracomment>
        <translation>Code QR de la source</translation>
    </message>
    <message>
        <source>Scan it with a phone camera to open %1</source>
        <extracomment>Accessible description of a QR code; %1 is the web address it holds</extracomment>
        <translation>Scannez-le avec l’appareil photo d’un téléphone pour ouvrir %1</translation>
    </message>
</context>
<context>
    <name>QuoteCard</name>
    <message>
        <source>Translation</source>
        <extracomment>Marks the line beneath a quote as a translation of its original words</extracomment>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>From “%1”</source>
        <extracomment>The headline of the review a quote comes from; %1 the headline</extracomment>
        <translation>Extrait de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>approximate</source>
        <extracomment>Marks a quote whose date or attribution rests on weak sources</extracomment>
        <translation>approximatif</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates date, kind and notes under a quote</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <extracomment>%1 the sources of a quote, one per line</extracomment>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>positive</source>
        <extracomment>The tone of a quote, read out by screen readers</extracomment>
        <translation>positif</translation>
    </message>
    <message>
        <source>measured</source>
        <extracomment>The tone of a quote, read out by screen readers</extracomment>
        <translation>nuancé</translation>
    </message>
    <message>
        <source>critical</source>
        <extracomment>The tone of a quote, read out by screen readers</extracomment>
        <translation>critique</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Tone: %1</source>
        <extracomment>Screen reader text: %1 the tone of a quote (positive, measured, critical)</extracomment>
        <translation>Ton&#xa0;: %1</translation>
    </message>
    <message>
        <source>Award: %1</source>
        <extracomment>Screen reader text: %1 an award the reviewer gave</extracomment>
        <translation>Distinction&#xa0;: %1</translation>
    </message>
    <message>
        <source>Translation: %1</source>
        <extracomment>Screen reader text: %1 the translation of a quote</extracomment>
        <translation>Traduction&#xa0;: %1</translation>
    </message>
    <message>
        <source>. </source>
        <extracomment>Joins the parts of what a screen reader says about a quote card</extracomment>
        <translation>. </translation>
    </message>
    <message>
        <source>Enter opens the source, %1</source>
        <extracomment>Screen reader text on a quote card: %1 the web address of its source</extracomment>
        <translation>Entrée ouvre la source, %1</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>%1: %2</source>
        <extracomment>How a quote card is announced: %1 the outlet or author, %2 the quote</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ReviewsView</name>
    <message>
        <source>Reviews</source>
        <extracomment>Eyebrow above the Reviews view&apos;s headline</extracomment>
        <translation>Avis</translation>
    </message>
    <message>
        <source>What reviewers said</source>
        <extracomment>Headline of the Reviews view</extracomment>
        <translation>Ce qu’en dit la critique</translation>
    </message>
    <message>
        <source>In their own words: the praise, the measured verdicts and the criticism, each with its source.</source>
        <extracomment>The line under the Reviews headline</extracomment>
        <translation>Dans leurs propres mots&#xa0;: les éloges, les avis nuancés et les critiques, chacun avec sa source.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <extracomment>First chip of the kind filter: every kind of quote</extracomment>
        <translation>Tous les formats</translation>
    </message>
    <message>
        <source>All outlets</source>
        <extracomment>First chip of the outlet filter: every outlet and author</extracomment>
        <translation>Tous les auteurs</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <extracomment>Accessible name of the filter chips by kind (reviews, videos, social posts, press)</extracomment>
        <translation>Filtrer par format</translation>
    </message>
    <message>
        <source>Filter by outlet</source>
        <extracomment>Accessible name of the filter chips by outlet or author</extracomment>
        <translation>Filtrer par auteur</translation>
    </message>
    <message>
        <source>Quote wall</source>
        <extracomment>Accessible name of the wall of quote cards</extracomment>
        <translation>Mur de citations</translation>
    </message>
    <message>
        <source>Every quote with its outlet, date and source, in reading order. Arrow keys move between quotes.</source>
        <extracomment>Accessible description of the wall of quote cards</extracomment>
        <translation>Chaque citation avec son auteur, sa date et sa source, dans l’ordre de lecture. Les flèches passent d’une citation à l’autre.</translation>
    </message>
    <message>
        <source>No quote matches these filters. Choose “All kinds” or “All outlets” to see more.</source>
        <extracomment>Shown on the quote wall when the filters leave nothing</extracomment>
        <translation>Aucune citation ne correspond à ces filtres. Choisissez «&#xa0;Tous les formats&#xa0;» ou «&#xa0;Tous les auteurs&#xa0;» pour en voir davantage.</translation>
    </message>
    <message>
        <source>Search quotes</source>
        <extracomment>Placeholder of the quote search field</extracomment>
        <translation>Rechercher une citation</translation>
    </message>
    <message>
        <source>Finds quotes by their words, outlet or author; case and accents do not matter.</source>
        <extracomment>Accessible description of the quote search field</extracomment>
        <translation>Trouve les citations par leurs mots, leur média ou leur auteur, sans tenir compte de la casse ni des accents.</translation>
    </message>
    <message>
        <source>No quote matches “%1” with these filters. Empty the search, or choose “All kinds” or “All outlets”, to see more.</source>
        <extracomment>Shown on the quote wall when the search and filters leave nothing; %1 is the search</extracomment>
        <translation>Aucune citation ne correspond à «&#xa0;%1&#xa0;» avec ces filtres. Videz la recherche, ou choisissez «&#xa0;Tous les formats&#xa0;» ou «&#xa0;Tous les auteurs&#xa0;», pour en voir davantage.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <extracomment>Accessible name of the magnifier icon in a search field</extracomment>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Clear search</source>
        <extracomment>Accessible name of the button that empties a search field</extracomment>
        <translation>Effacer la recherche</translation>
    </message>
</context>
<context>
    <name>SourceLink</name>
    <message>
        <source>Opens %1 in the browser</source>
        <extracomment>Accessible description and tooltip of a source link; %1 is its web address</extracomment>
        <translation>Ouvre %1 dans le navigateur</translation>
    </message>
</context>
<context>
    <name>SourceModel</name>
    <message>
        <source>Link to %1</source>
        <extracomment>Read out for a source in the About box: %1 its web address</extracomment>
        <translation>Lien vers %1</translation>
    </message>
</context>
<context>
    <name>SpecTableDelegate</name>
    <message>
        <source>Approximate</source>
        <extracomment>Tag in the spec table on a figure whose sources are weak</extracomment>
        <translation>Approximatif</translation>
    </message>
</context>
<context>
    <name>TimelineDetailCard</name>
    <message>
        <source>Event details</source>
        <extracomment>Accessible name of the detail card before an event is chosen</extracomment>
        <translation>Détails de l’événement</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A fact on the detail card for a screen reader: %1 label (&quot;Where&quot;), %2 value</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Category and era of an event, as one line: %1 category, %2 era</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, approximate</source>
        <extracomment>A date and its &quot;approximate&quot; mark, for a screen reader</extracomment>
        <translation>%1, date approximative</translation>
    </message>
    <message>
        <source>One event</source>
        <extracomment>Top line of the detail card before an event is chosen, when the timeline shows one</extracomment>
        <translation>Un événement</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an event</source>
        <extracomment>Heading of the detail card before an event is chosen</extracomment>
        <translation>Choisissez un événement</translation>
    </message>
    <message>
        <source>Each one tells what happened, where and with whom, in their own words where there is a quote, and where the facts come from.</source>
        <extracomment>Introduction on the detail card before an event is chosen</extracomment>
        <translation>Chacun raconte ce qui s’est passé, où et avec qui, avec leurs propres mots quand il y a une citation, et d’où viennent les faits.</translation>
    </message>
    <message>
        <source>Getting around</source>
        <extracomment>Heading on the introduction card: how to use the timeline</extracomment>
        <translation>Se repérer</translation>
    </message>
    <message>
        <source>Tap or click an event, or use the arrow keys, Home and End. Zoom with plus and minus, a pinch, or Ctrl and the wheel. Drag to travel through time.</source>
        <extracomment>How to use the timeline, on the introduction card</extracomment>
        <translation>Touchez ou cliquez sur un événement, ou utilisez les flèches, Origine et Fin. Zoomez avec plus et moins, en pinçant, ou avec Ctrl et la molette. Faites glisser pour voyager dans le temps.</translation>
    </message>
    <message>
        <source>Known to the day</source>
        <extracomment>Legend: a filled dot on the axis</extracomment>
        <translation>Connu au jour près</translation>
    </message>
    <message>
        <source>Known to the month: the bar spans the days it may have happened on</source>
        <extracomment>Legend: a ring with a bar on the axis</extracomment>
        <translation>Connu au mois près&#xa0;: la barre couvre les jours possibles</translation>
    </message>
    <message>
        <source>Years without events, folded to save room</source>
        <extracomment>Legend: the hatched fold in the axis</extracomment>
        <translation>Années sans événement, repliées pour gagner de la place</translation>
    </message>
    <message>
        <source>Between %1 and %2</source>
        <extracomment>Under a date known only to the month: %1 and %2 are the first and last possible days</extracomment>
        <translation>Entre %1 et %2</translation>
    </message>
    <message>
        <source>The exact day is not recorded</source>
        <extracomment>Under a date known only to the month or year</extracomment>
        <translation>Le jour exact n’est pas connu</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>— %1</source>
        <extracomment>Who said a quote, beneath it; %1 is the person</extracomment>
        <translation>— %1</translation>
    </message>
    <message>
        <source>Translation</source>
        <extracomment>Marks the translation beneath a quote shown in its original language</extracomment>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Sources</source>
        <extracomment>Heading above the sources of an event (one or several)</extracomment>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Approximate</source>
        <extracomment>A mark next to a date whose fact is not well sourced</extracomment>
        <translation>Approximative</translation>
    </message>
    <message>
        <source>No events</source>
        <extracomment>Top line of the detail card when the search leaves no event</extracomment>
        <translation>Aucun événement</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <extracomment>Heading of the detail card when the search leaves no event; %1 is the search</extracomment>
        <translation>Rien ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Empty the search, or choose “All events”, to see every event again.</source>
        <extracomment>On the detail card when the search and the category chips leave no event</extracomment>
        <translation>Videz la recherche, ou choisissez «&#xa0;Tous les événements&#xa0;», pour revoir tous les événements.</translation>
    </message>
</context>
<context>
    <name>TimelineItemView</name>
    <message>
        <source>Timeline events</source>
        <extracomment>Accessible name of the timeline&apos;s list of events</extracomment>
        <translation>Événements de la chronologie</translation>
    </message>
    <message>
        <source>Left and right arrows move between events; plus and minus zoom.</source>
        <extracomment>Accessible description of the timeline&apos;s list of events</extracomment>
        <translation>Les flèches gauche et droite passent d’un événement à l’autre&#x202f;; plus et moins zooment.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>The first and the last year hidden by a fold in the time axis</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>No events in these categories</source>
        <extracomment>Shown on the timeline when no event matches the chosen categories</extracomment>
        <translation>Aucun événement dans ces catégories</translation>
    </message>
    <message>
        <source>No events to show</source>
        <translation>Aucun événement à afficher</translation>
    </message>
    <message>
        <source>Choose another category, or all events.</source>
        <extracomment>Beneath &quot;No events in these categories&quot;</extracomment>
        <translation>Choisissez une autre catégorie, ou tous les événements.</translation>
    </message>
    <message>
        <source>one year</source>
        <extracomment>Beneath a fold in the time axis that hides a single year without events</extracomment>
        <translation>un an</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (approximate)</source>
        <extracomment>A date on a timeline card whose fact is uncertain; %1 is the date</extracomment>
        <translation>%1 (approximative)</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>%1: %2</source>
        <extracomment>How an event is announced: %1 its date, %2 its title</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>The story so far</source>
        <extracomment>Eyebrow above the Timeline view&apos;s headline</extracomment>
        <translation>L’histoire jusqu’ici</translation>
    </message>
    <message>
        <source>How DGX Spark came to be</source>
        <extracomment>Headline of the Timeline view</extracomment>
        <translation>La genèse du DGX Spark</translation>
    </message>
    <message>
        <source>A real time axis: quiet years fold away, and the busiest days open up so that every event can be read.</source>
        <extracomment>The line under the Timeline view&apos;s headline</extracomment>
        <translation>Un véritable axe du temps&#xa0;: les années calmes se replient, les jours les plus chargés s’ouvrent pour que chaque événement reste lisible.</translation>
    </message>
    <message>
        <source>All events</source>
        <extracomment>The filter chip that shows events of every category</extracomment>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>Search events</source>
        <extracomment>Placeholder of the timeline&apos;s search field</extracomment>
        <translation>Rechercher un événement</translation>
    </message>
    <message>
        <source>Finds events by their title, place, people or story; case and accents do not matter.</source>
        <extracomment>Accessible description of the timeline&apos;s search field</extracomment>
        <translation>Trouve les événements par titre, lieu, personnes ou récit, sans tenir compte de la casse ni des accents.</translation>
    </message>
</context>
<context>
    <name>ViewRegistry</name>
    <message>
        <source>Hardware</source>
        <extracomment>Tab title: the parts and specifications of DGX Spark</extracomment>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>Tab title: the history from DGX-1 (2016) to DGX Spark (2025)</extracomment>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Partners</source>
        <extracomment>Tab title: companies and labs that build, sell or use DGX Spark</extracomment>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Reviews</source>
        <extracomment>Tab title: what reviewers said</extracomment>
        <translation>Avis</translation>
    </message>
</context>
<context>
    <name>ViewRenderer</name>
    <message>
        <source>cannot start a PDF document</source>
        <translation>impossible de commencer un document PDF</translation>
    </message>
    <message>
        <source>cannot start an SVG document</source>
        <translation>impossible de commencer un document SVG</translation>
    </message>
</context>
</TS>
