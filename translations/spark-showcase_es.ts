<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Spark Showcase</source>
        <extracomment>Title of the About dialog</extracomment>
        <translation>Acerca de Spark Showcase</translation>
    </message>
    <message>
        <source>Spark Showcase</source>
        <translation>Spark Showcase</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Fuentes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Version %1

The story of NVIDIA DGX Spark: what is inside it, how it got from the first DGX-1 in 2016 to the desk, who builds and uses it, and what reviewers said. Every fact carries its source; all of them are listed below. Click a source, or press Enter on it, to open its web page.</source>
        <extracomment>%1 is the version number</extracomment>
        <translation>Versión %1

La historia de NVIDIA DGX Spark: qué lleva dentro, cómo pasó del primer DGX-1 en 2016 al escritorio, quién lo fabrica y lo usa, y qué dijo la crítica. Cada dato cita su fuente; todas aparecen abajo. Haga clic en una fuente, o pulse Intro sobre ella, para abrir su página web.</translation>
    </message>
    <message>
        <source>Every source the content cites. Enter opens the selected source in the browser.</source>
        <extracomment>Accessible description of the list of sources in the About dialog</extracomment>
        <translation>Todas las fuentes que cita el contenido. Intro abre la fuente elegida en el navegador.</translation>
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
        <translation>contenido no válido en %1; ejecute spark-showcase --check-content %2 para ver el motivo</translation>
    </message>
    <message>
        <source>%1; nothing written, add --force to replace them</source>
        <extracomment>%1 the reason, such as &quot;2 files exist already&quot;</extracomment>
        <translation>%1; no se ha escrito nada: añada --force para sustituirlos</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Spark Showcase tells the story of NVIDIA DGX Spark: its hardware, its timeline, its partners and its reviews.</source>
        <extracomment>Shown at the top of --help</extracomment>
        <translation>Spark Showcase cuenta la historia de NVIDIA DGX Spark: su hardware, su cronología, sus socios y sus reseñas.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostrar esta ayuda y salir.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <source>Start on the view NAME: %1.</source>
        <extracomment>%1 lists the view names</extracomment>
        <translation>Empezar en la vista NAME: %1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Start with the item ID selected (a part, an event, a partner or a quote). With --export, select it in every exported view that has it.</source>
        <translation>Empezar con el elemento ID seleccionado (una pieza, un evento, un socio o una cita). Con --export, seleccionarlo en cada vista exportada que lo contenga.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Use the language CODE: %1. With --export, several codes separated by commas, or all.</source>
        <extracomment>%1 lists the language codes</extracomment>
        <translation>Usar el idioma CODE: %1. Con --export, varios códigos separados por comas, o all.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Use the theme %1.</source>
        <extracomment>%1 lists the theme names</extracomment>
        <translation>Usar el tema %1.</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>THEME</translation>
    </message>
    <message>
        <source>Replace bundled content files with those found in DIR, file by file.</source>
        <translation>Sustituir los archivos de contenido incluidos por los que haya en DIR, archivo por archivo.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Validate the content files in DIR, print every problem and exit: 0 when all are valid, 1 otherwise.</source>
        <translation>Validar los archivos de contenido de DIR, mostrar cada problema y salir: 0 si todos son válidos, 1 en caso contrario.</translation>
    </message>
    <message>
        <source>Exit with status 0 as soon as the main window has painted its first frame.</source>
        <translation>Salir con el código 0 en cuanto la ventana principal haya dibujado su primer fotograma.</translation>
    </message>
    <message>
        <source>Export the VIEWS (all, or names separated by commas: %1) as files into --out, without showing a window, and exit.</source>
        <extracomment>%1 lists the view names</extracomment>
        <translation>Exportar las vistas VIEWS (all, o nombres separados por comas: %1) como archivos en --out, sin mostrar ninguna ventana, y salir.</translation>
    </message>
    <message>
        <source>VIEWS</source>
        <translation>VIEWS</translation>
    </message>
    <message>
        <source>With --export: the folder to write into, made when missing.</source>
        <translation>Con --export: la carpeta de destino; se crea si no existe.</translation>
    </message>
    <message>
        <source>With --export: the size each view is laid out at, in logical pixels (default 1920x1080).</source>
        <translation>Con --export: el tamaño con el que se maqueta cada vista, en píxeles lógicos (por defecto 1920x1080).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>With --export: device pixels per logical pixel of PNG and JPEG files; 2 makes 3840x2160 pixels of a 1920x1080 layout (default 1).</source>
        <translation>Con --export: píxeles físicos por píxel lógico en los archivos PNG y JPEG; 2 da 3840x2160 píxeles con una maqueta de 1920x1080 (por defecto 1).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>With --export: the file format, %1 (default png). PDF and SVG are vector drawings.</source>
        <extracomment>%1 lists the file formats</extracomment>
        <translation>Con --export: el formato de archivo, %1 (por defecto png). PDF y SVG son dibujos vectoriales.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>With --export: the JPEG quality, 0 to 100 (default %1).</source>
        <extracomment>%1 is the default quality</extracomment>
        <translation>Con --export: la calidad JPEG, de 0 a 100 (por defecto %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>With --export: the file names, from the placeholders %1 (default %2).</source>
        <extracomment>%1 lists the placeholders such as {view}, %2 is the default pattern</extracomment>
        <translation>Con --export: los nombres de archivo, a partir de los marcadores %1 (por defecto %2).</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>PATTERN</translation>
    </message>
    <message>
        <source>With --export: replace files that exist already.</source>
        <translation>Con --export: sustituir los archivos que ya existan.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”; see --help</source>
        <extracomment>%1 is the first argument the app did not understand</extracomment>
        <translation>argumento inesperado «%1»; consulte --help</translation>
    </message>
    <message>
        <source>%1 works only with --export</source>
        <extracomment>%1 is an option such as --out</extracomment>
        <translation>%1 solo funciona con --export</translation>
    </message>
    <message>
        <source>unknown view “%1”; expected one of: %2</source>
        <extracomment>%1 the view name given, %2 the list of view names</extracomment>
        <translation>vista desconocida «%1»; se esperaba una de: %2</translation>
    </message>
    <message>
        <source>--item needs an id</source>
        <translation>--item necesita un identificador</translation>
    </message>
    <message>
        <source>unknown language “%1”; expected one of: %2</source>
        <extracomment>%1 the language code given, %2 the list of language codes</extracomment>
        <translation>idioma desconocido «%1»; se esperaba uno de: %2</translation>
    </message>
    <message>
        <source>unknown theme “%1”; expected one of: %2</source>
        <extracomment>%1 the theme name given, %2 the list of theme names</extracomment>
        <translation>tema desconocido «%1»; se esperaba uno de: %2</translation>
    </message>
    <message>
        <source>the content folder “%1” does not exist</source>
        <extracomment>%1 is a folder path</extracomment>
        <translation>la carpeta de contenido «%1» no existe</translation>
    </message>
    <message>
        <source>%1 does not go with --export</source>
        <extracomment>%1 is an option such as --view</extracomment>
        <translation>%1 no se combina con --export</translation>
    </message>
    <message>
        <source>--export needs --out DIR, the folder to write into</source>
        <translation>--export necesita --out DIR, la carpeta de destino</translation>
    </message>
    <message>
        <source>--name-pattern needs a pattern</source>
        <translation>--name-pattern necesita un patrón</translation>
    </message>
    <message>
        <source>Run as an unattended kiosk: full screen, locked against visitors, touring the views by itself.</source>
        <translation>Funcionar como quiosco desatendido: a pantalla completa, bloqueado para los visitantes y recorriendo las vistas por sí solo.</translation>
    </message>
    <message>
        <source>With --kiosk: read the kiosk settings (dwell times, idle timeout, operator PIN, heartbeat...) from the INI FILE.</source>
        <translation>Con --kiosk: leer la configuración del quiosco (tiempos de permanencia, tiempo de inactividad, PIN del operador, latido…) del archivo INI FILE.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>With --kiosk: show the window full screen on screen N, counted from 0.</source>
        <translation>Con --kiosk: mostrar la ventana a pantalla completa en la pantalla N, contando desde 0.</translation>
    </message>
    <message>
        <source>%1 works only with --kiosk</source>
        <extracomment>%1 is an option such as --screen</extracomment>
        <translation>%1 solo funciona con --kiosk</translation>
    </message>
    <message>
        <source>--kiosk-config needs a file</source>
        <translation>--kiosk-config necesita un archivo</translation>
    </message>
    <message>
        <source>--screen needs a screen number from 0, not “%1”</source>
        <extracomment>%1 the value given to --screen</extracomment>
        <translation>--screen necesita un número de pantalla desde 0, no «%1»</translation>
    </message>
    <message>
        <source>--check-content does not go with --kiosk</source>
        <translation>--check-content no se puede usar con --kiosk</translation>
    </message>
    <message>
        <source>With --kiosk: write the heartbeat to FILE, whatever the kiosk settings say (the systemd unit passes the file its watchdog reads).</source>
        <translation>Con --kiosk: escribir el latido en el archivo FILE, diga lo que diga la configuración del quiosco (la unidad de systemd pasa el archivo que lee su vigilante).</translation>
    </message>
    <message>
        <source>Ask for an operator PIN twice, without showing it, and print the [operator] pin line for the kiosk settings; read two lines from standard input when it is not a terminal.</source>
        <translation>Pedir dos veces un PIN de operador, sin mostrarlo, e imprimir la línea pin de la sección [operator] de la configuración del quiosco; leer dos líneas de la entrada estándar cuando no es un terminal.</translation>
    </message>
    <message>
        <source>%1 does not go with --kiosk-hash-pin</source>
        <extracomment>%1 is an option such as --view</extracomment>
        <translation>%1 no se combina con --kiosk-hash-pin</translation>
    </message>
    <message>
        <source>--heartbeat needs a file</source>
        <translation>--heartbeat necesita un archivo</translation>
    </message>
    <message>
        <source>With --export: add a QR code of the first source&apos;s web address to the detail card of the selected item and to the featured quote, as kiosk screens show them.</source>
        <translation>Con --export: añadir un código QR de la dirección web de la primera fuente a la ficha del elemento elegido y a la cita destacada, como los muestran las pantallas de quiosco.</translation>
    </message>
    <message>
        <source>Exit with status 0 as soon as the main window has painted the whole content, large content files included.</source>
        <extracomment>--help: for start-up measurements of a content folder with large files</extracomment>
        <translation>Salir con estado 0 en cuanto la ventana principal haya dibujado todo el contenido, incluidos los archivos de contenido grandes.</translation>
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
        <translation>aproximado</translation>
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
        <translation>escala log.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A note under a chart: %1 the system, %2 the note</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Each measure on its own scale; bars on a log scale grow by powers of ten.</source>
        <extracomment>The line above the &quot;Then and now&quot; charts</extracomment>
        <translation>Cada magnitud en su propia escala; en escala log., las barras crecen en potencias de diez.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Then and now</source>
        <translation>Antes y ahora</translation>
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
        <translation>Abrir carpeta de contenido</translation>
    </message>
    <message>
        <source>&amp;Open Content Folder…</source>
        <extracomment>File menu: choose a folder whose content files replace the bundled ones</extracomment>
        <translation>Abrir carpeta de &amp;contenido…</translation>
    </message>
    <message>
        <source>Show the content files of a folder in place of the bundled ones, and follow their changes</source>
        <translation>Mostrar los archivos de contenido de una carpeta en lugar de los incluidos y seguir sus cambios</translation>
    </message>
    <message>
        <source>&amp;Reload Content</source>
        <extracomment>File menu: read the content folder in use again</extracomment>
        <translation>&amp;Recargar contenido</translation>
    </message>
    <message>
        <source>Read the content folder again now</source>
        <translation>Volver a leer ahora la carpeta de contenido</translation>
    </message>
    <message>
        <source>Use &amp;Bundled Content</source>
        <extracomment>File menu: stop using a content folder and show the content built into the app</extracomment>
        <translation>Usar el contenido &amp;incluido</translation>
    </message>
    <message>
        <source>Show the content built into the app again</source>
        <translation>Volver a mostrar el contenido incluido en la aplicación</translation>
    </message>
    <message>
        <source>Show the problems found in the content folder</source>
        <translation>Mostrar los problemas encontrados en la carpeta de contenido</translation>
    </message>
    <message>
        <source>Bundled content</source>
        <extracomment>Status bar: the app shows its own content, no folder is open</extracomment>
        <translation>Contenido incluido</translation>
    </message>
    <message>
        <source>The content built into the app. File › Open Content Folder… shows your own.</source>
        <translation>El contenido incluido en la aplicación. Archivo › Abrir carpeta de contenido… muestra el suyo.</translation>
    </message>
    <message>
        <source>Content: %1 · no problems</source>
        <extracomment>Status bar: %1 is the content folder&apos;s name</extracomment>
        <translation>Contenido: %1 · sin problemas</translation>
    </message>
    <message numerus="yes">
        <source>Content: %1 · %n problem(s)</source>
        <extracomment>Status bar: %1 is the content folder&apos;s name; %n problems were found in it</extracomment>
        <translation>
            <numerusform>Contenido: %1 · %n problema</numerusform>
            <numerusform>Contenido: %1 · %n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Click to show its problems.</source>
        <extracomment>Tooltip of the content status; %1 is the folder&apos;s full path</extracomment>
        <translation>%1
Haga clic para ver sus problemas.</translation>
    </message>
    <message>
        <source>Content: %1 · reading…</source>
        <extracomment>Status bar while large content files are still being read after the window opened; %1 is the content folder&apos;s name</extracomment>
        <translation>Contenido: %1 · leyendo…</translation>
    </message>
</context>
<context>
    <name>ContentLoader</name>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>the file is %1 bytes; the limit is %2 bytes</source>
        <translation>el archivo ocupa %1 bytes; el límite es de %2 bytes</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>the file is over the limit of %1 bytes</source>
        <translation>el archivo supera el límite de %1 bytes</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <source>holds none of the content files (%1)</source>
        <extracomment>%1 lists the content file names</extracomment>
        <translation>no contiene ninguno de los archivos de contenido (%1)</translation>
    </message>
</context>
<context>
    <name>ContentParser</name>
    <message>
        <source>more problems were found; fix the ones above and check again</source>
        <extracomment>Shown after the first hundred problems in one content file.</extracomment>
        <translation>se encontraron más problemas; corrija los anteriores y vuelva a comprobar</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2 (byte offset %3): %4</source>
        <extracomment>%1 line, %2 column, %3 byte offset, %4 the parser&apos;s reason</extracomment>
        <translation>JSON no válido en la línea %1, columna %2 (byte %3): %4</translation>
    </message>
    <message>
        <source>the file must hold one JSON object: {&quot;schemaVersion&quot;: 1, &quot;items&quot;: [...]}</source>
        <translation>el archivo debe contener un único objeto JSON: {&quot;schemaVersion&quot;: 1, &quot;items&quot;: [...]}</translation>
    </message>
    <message>
        <source>required field is missing; write &quot;schemaVersion&quot;: %1</source>
        <translation>falta un campo obligatorio; escriba &quot;schemaVersion&quot;: %1</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>debe ser un número entero, no %1</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this app supports (%2); update the app or write the older format</source>
        <translation>la versión de esquema %1 es más reciente que la que admite esta aplicación (%2); actualice la aplicación o use el formato anterior</translation>
    </message>
    <message>
        <source>schema version %1 does not exist; write %2</source>
        <translation>la versión de esquema %1 no existe; escriba %2</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>falta un campo obligatorio</translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation>debe ser un array, no %1</translation>
    </message>
    <message>
        <source>%1 items is over the limit of %2</source>
        <translation>%1 elementos superan el límite de %2</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>debe ser un objeto, no %1</translation>
    </message>
    <message>
        <source>unknown field; expected one of: %1</source>
        <extracomment>A field name in a content file is not one the format knows; %1 lists the known ones.</extracomment>
        <translation>campo desconocido; se esperaba uno de: %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation>tiene %1 caracteres; el límite es %2</translation>
    </message>
    <message>
        <source>contains the control character U+%1</source>
        <translation>contiene el carácter de control U+%1</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>debe ser una cadena, no %1</translation>
    </message>
    <message>
        <source>must be a text object such as {&quot;en&quot;: &quot;…&quot;, &quot;de&quot;: &quot;…&quot;}, not %1</source>
        <translation>debe ser un objeto de texto como {&quot;en&quot;: &quot;…&quot;, &quot;de&quot;: &quot;…&quot;}, no %1</translation>
    </message>
    <message>
        <source>“%1” is not a language code such as “de” or “zh_CN”</source>
        <translation>«%1» no es un código de idioma como «de» o «zh_CN»</translation>
    </message>
    <message>
        <source>the English text is missing</source>
        <translation>falta el texto en inglés</translation>
    </message>
    <message>
        <source>%1 entries is over the limit of %2</source>
        <translation>%1 entradas superan el límite de %2</translation>
    </message>
    <message>
        <source>must be a date string such as &quot;2025-10-15&quot;, not %1</source>
        <translation>debe ser una fecha como &quot;2025-10-15&quot;, no %1</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>debe ser un número, no %1</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 está fuera del intervalo de %2 a %3</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>debe ser true o false, no %1</translation>
    </message>
    <message>
        <source>unknown value “%1”; expected one of: %2</source>
        <translation>valor desconocido «%1»; se esperaba uno de: %2</translation>
    </message>
    <message>
        <source>must be an array of source ids, not %1</source>
        <translation>debe ser un array de identificadores de fuentes, no %1</translation>
    </message>
    <message>
        <source>must name at least one source</source>
        <translation>debe citar al menos una fuente</translation>
    </message>
    <message>
        <source>“%1” is not a web address starting with https://</source>
        <extracomment>%1 is the address as written in the content file</extracomment>
        <translation>«%1» no es una dirección web que empiece por https://</translation>
    </message>
    <message>
        <source>“%1” is not a seed number such as “004”</source>
        <translation>«%1» no es un número de seed como «004»</translation>
    </message>
    <message>
        <source>must be [x, y, width, height] inside the 100 × 100 diagram, with a width and a height</source>
        <translation>debe ser [x, y, ancho, alto] dentro del diagrama de 100 × 100, con un ancho y un alto</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>the era ends before it starts</source>
        <translation>la era termina antes de empezar</translation>
    </message>
    <message>
        <source>%1 must fall within the date %2</source>
        <extracomment>%1 is a field name, %2 the event&apos;s date</extracomment>
        <translation>%1 debe quedar dentro de la fecha %2</translation>
    </message>
    <message>
        <source>notAfter is earlier than notBefore</source>
        <translation>notAfter es anterior a notBefore</translation>
    </message>
    <message>
        <source>give the document’s title or a description, not both</source>
        <translation>indique el título del documento o una descripción, no ambos</translation>
    </message>
    <message>
        <source>no title and no description: give the document’s own title, or describe it when it has none</source>
        <translation>sin título ni descripción: indique el título del propio documento, o descríbalo si no lo tiene</translation>
    </message>
    <message>
        <source>no url and no note: give the document’s https address, or a note saying why it has none (a print-only or deleted page)</source>
        <extracomment>A source in a content file has neither a web address nor a note saying why; &quot;url&quot; and &quot;note&quot; are field names, not to be translated</extracomment>
        <translation>sin url ni note: indique la dirección https del documento, o una note que explique por qué no la tiene (solo impreso o página borrada)</translation>
    </message>
</context>
<context>
    <name>ContentProblemsPanel</name>
    <message>
        <source>Copied</source>
        <extracomment>A copy button&apos;s label for a moment after it was pressed</extracomment>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Content Problems</source>
        <extracomment>Title of the panel that lists the problems of the content folder in use</extracomment>
        <translation>Problemas del contenido</translation>
    </message>
    <message>
        <source>Reload</source>
        <extracomment>Reads the content folder again now</extracomment>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Reload the content folder</source>
        <translation>Recargar la carpeta de contenido</translation>
    </message>
    <message>
        <source>Copy All</source>
        <extracomment>Copies every problem listed, one a line</extracomment>
        <translation>Copiar todo</translation>
    </message>
    <message>
        <source>Copy all problems</source>
        <translation>Copiar todos los problemas</translation>
    </message>
    <message>
        <source>Bundled content</source>
        <extracomment>Heading of the problems panel when no content folder is open</extracomment>
        <translation>Contenido incluido</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <extracomment>The number of problems found in the content folder</extracomment>
        <translation>
            <numerusform>Se encontró %n problema.</numerusform>
            <numerusform>Se encontraron %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder cannot be used: the bundled content is shown until it can be read.</source>
        <translation>No se puede usar la carpeta: se muestra el contenido incluido hasta que pueda leerse.</translation>
    </message>
    <message>
        <source>%1 has problems: its last good version stays on screen.</source>
        <extracomment>%1 is a content file name, such as partners.json</extracomment>
        <translation>%1 tiene problemas: su última versión válida sigue en pantalla.</translation>
    </message>
    <message>
        <source>%1 has problems: the bundled file is shown in its place.</source>
        <extracomment>%1 is a content file name, such as partners.json</extracomment>
        <translation>%1 tiene problemas: en su lugar se muestra el archivo incluido.</translation>
    </message>
    <message>
        <source>Fix the files and save them: this list follows the folder.</source>
        <translation>Corrija los archivos y guárdelos: esta lista sigue a la carpeta.</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>A button beside one problem that copies its line to the clipboard</extracomment>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy problem %1</source>
        <extracomment>Accessible name of the copy button of problem %1 (1, 2, 3…)</extracomment>
        <translation>Copiar el problema %1</translation>
    </message>
    <message>
        <source>Copy this line to the clipboard</source>
        <translation>Copiar esta línea al portapapeles</translation>
    </message>
    <message>
        <source>No content folder is open.</source>
        <extracomment>Empty problems panel, when the app shows its own content</extracomment>
        <translation>No hay ninguna carpeta de contenido abierta.</translation>
    </message>
    <message>
        <source>Open one with File › Open Content Folder… to show your own content files and check them here.</source>
        <translation>Abra una con Archivo › Abrir carpeta de contenido… para mostrar sus propios archivos de contenido y comprobarlos aquí.</translation>
    </message>
    <message>
        <source>No problems found in %1.</source>
        <extracomment>Empty problems panel; %1 is the content folder&apos;s name</extracomment>
        <translation>No se encontraron problemas en %1.</translation>
    </message>
    <message>
        <source>Every content file in the folder is valid and on screen. Files you save there show at once.</source>
        <translation>Todos los archivos de contenido de la carpeta son válidos y están en pantalla. Lo que guarde allí se muestra al instante.</translation>
    </message>
    <message>
        <source>Problems</source>
        <extracomment>Accessible name of the scrolling list of problems</extracomment>
        <translation>Problemas</translation>
    </message>
</context>
<context>
    <name>ContentReferences</name>
    <message>
        <source>must be a string, not %1</source>
        <translation>debe ser una cadena, no %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>“%1” is not a valid id: use up to %2 lowercase letters, digits, “-”, “_” or “.”, starting with a letter or a digit</source>
        <translation>«%1» no es un identificador válido: use hasta %2 letras minúsculas, dígitos, «-», «_» o «.», empezando por una letra o un dígito</translation>
    </message>
    <message>
        <source>duplicate id “%1”, first used at %2</source>
        <extracomment>%2 is the JSON pointer of the first entry with the same id</extracomment>
        <translation>identificador «%1» duplicado; se usó primero en %2</translation>
    </message>
    <message>
        <source>unknown value “%1”; expected one of: %2</source>
        <translation>valor desconocido «%1»; se esperaba uno de: %2</translation>
    </message>
    <message>
        <source>unknown system; expected one of: %1</source>
        <translation>sistema desconocido; se esperaba uno de: %1</translation>
    </message>
    <message>
        <source>source “%1” is cited by nothing in this file; cite it or remove it</source>
        <extracomment>%1 is a source id</extracomment>
        <translation>la fuente «%1» no se cita en ningún lugar de este archivo; cítela o elimínela</translation>
    </message>
</context>
<context>
    <name>ContentSource</name>
    <message>
        <source>The content folder %1 no longer exists; the bundled content is shown.</source>
        <extracomment>Status bar notice at start; %1 is the folder chosen in an earlier run</extracomment>
        <translation>La carpeta de contenido %1 ya no existe; se muestra el contenido incluido.</translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message>
        <source>Touch to stay</source>
        <extracomment>Kiosk: large line over the screen after a minute without input; touching keeps the visitor&apos;s screen as it is, otherwise the tour starts over</extracomment>
        <translation>Toque para quedarse</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n second(s)</source>
        <extracomment>Kiosk: under &quot;Touch to stay&quot;; %n is the number of seconds before the tour starts over</extracomment>
        <translation>
            <numerusform>Volviendo al inicio en %n segundo</numerusform>
            <numerusform>Volviendo al inicio en %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Current View</source>
        <translation>Exportar vista actual</translation>
    </message>
    <message>
        <source>Export All Views</source>
        <translation>Exportar todas las vistas</translation>
    </message>
    <message>
        <source>Views:</source>
        <translation>Vistas:</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>The list of views, separated by commas</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>Current window (%1 × %2)</source>
        <extracomment>A size preset: the size of the view in the window now; %1 x %2 pixels</extracomment>
        <translation>Ventana actual (%1 × %2)</translation>
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
        <translation>Cuadrado (%1 × %2)</translation>
    </message>
    <message>
        <source>Portrait (%1 × %2)</source>
        <extracomment>A size preset for phones and portrait screens; %1 x %2 pixels</extracomment>
        <translation>Vertical (%1 × %2)</translation>
    </message>
    <message>
        <source>Custom</source>
        <extracomment>A size preset: the width and height typed beside it</extracomment>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ancho</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Width in logical pixels</source>
        <translation>Ancho en píxeles lógicos</translation>
    </message>
    <message>
        <source>Height in logical pixels</source>
        <translation>Alto en píxeles lógicos</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>Es&amp;cala:</translation>
    </message>
    <message>
        <source>1× (standard)</source>
        <extracomment>Scale 1x: one image pixel per logical pixel</extracomment>
        <translation>1× (estándar)</translation>
    </message>
    <message>
        <source>2× (high density)</source>
        <extracomment>Scale 2x: two image pixels per logical pixel, for sharp text on high-density screens</extracomment>
        <translation>2× (alta densidad)</translation>
    </message>
    <message>
        <source>Pixels per logical pixel in PNG and JPEG files. PDF and SVG are vector drawings and sharp at any size.</source>
        <translation>Píxeles por píxel lógico en los archivos PNG y JPEG. PDF y SVG son dibujos vectoriales, nítidos a cualquier tamaño.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>Imagen JPEG</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>Documento PDF (vectorial)</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>Dibujo SVG (vectorial)</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <extracomment>JPEG compression quality, 0 (smallest file) to 100 (best picture)</extracomment>
        <translation>Cali&amp;dad:</translation>
    </message>
    <message>
        <source>JPEG quality: 0 gives the smallest file, 100 the best picture.</source>
        <translation>Calidad JPEG: 0 da el archivo más pequeño; 100, la mejor imagen.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Each checked language gives one file per view.</source>
        <translation>Cada idioma marcado da un archivo por vista.</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>Ca&amp;rpeta:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>Choose the folder the files are saved in</source>
        <translation>Elegir la carpeta donde se guardan los archivos</translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation>&amp;Nombres de archivo:</translation>
    </message>
    <message>
        <source>File-name pattern</source>
        <translation>Patrón de nombre de archivo</translation>
    </message>
    <message>
        <source>{view} view name, {lang} language code, {w} and {h} width and height, {scale} scale, {theme} theme, {ext} file extension.</source>
        <extracomment>Explains the placeholders of a file-name pattern; keep the words in braces unchanged</extracomment>
        <translation>{view} nombre de la vista, {lang} código de idioma, {w} y {h} ancho y alto, {scale} escala, {theme} tema, {ext} extensión del archivo.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>The current view as it will be exported, in the first language checked</source>
        <translation>La vista actual tal como se exportará, en el primer idioma marcado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Check at least one language.</source>
        <translation>Marque al menos un idioma.</translation>
    </message>
    <message>
        <source>Choose a folder for the files.</source>
        <translation>Elija una carpeta para los archivos.</translation>
    </message>
    <message numerus="yes">
        <source>Files: %n, such as %1</source>
        <extracomment>%1 is the name of the first file; %n the number of files</extracomment>
        <translation>
            <numerusform>%n archivo, como %1</numerusform>
            <numerusform>%n archivos, como %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <extracomment>The dialog&apos;s main button</extracomment>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportar a</translation>
    </message>
    <message numerus="yes">
        <source>Files that exist already: %n.</source>
        <extracomment>%n is the number of files that exist already</extracomment>
        <translation>
            <numerusform>Ya existe %n archivo.</numerusform>
            <numerusform>Ya existen %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace them with the new pictures in %1?</source>
        <extracomment>%1 is the folder</extracomment>
        <translation>¿Sustituirlos por las nuevas imágenes en %1?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>Add &amp;QR codes of the sources</source>
        <extracomment>Check box in the export dialog; the codes are those kiosk screens show</extracomment>
        <translation>Añadir códigos &amp;QR de las fuentes</translation>
    </message>
    <message>
        <source>Detail cards and the featured quote show a QR code of their first source&apos;s web address, as on kiosk screens.</source>
        <translation>Las fichas y la cita destacada muestran un código QR de la dirección web de su primera fuente, como en las pantallas de quiosco.</translation>
    </message>
</context>
<context>
    <name>ExportPlan</name>
    <message>
        <source>no output folder given</source>
        <translation>no se indicó ninguna carpeta de salida</translation>
    </message>
    <message>
        <source>the file-name pattern has an unknown placeholder %1; known: %2</source>
        <extracomment>%1 a placeholder such as {date}, %2 the list of known placeholders</extracomment>
        <translation>el patrón de nombre de archivo tiene un marcador desconocido %1; se conocen: %2</translation>
    </message>
    <message>
        <source>the file-name pattern “%1” gives “%2”, which is not a file name</source>
        <extracomment>%1 the file-name pattern, %2 the name it gave</extracomment>
        <translation>el patrón de nombre de archivo «%1» da «%2», que no es un nombre de archivo</translation>
    </message>
    <message>
        <source>the file-name pattern “%1” names two files “%2”; add {view} or {lang}</source>
        <extracomment>%1 the file-name pattern, %2 a file name</extracomment>
        <translation>el patrón de nombre de archivo «%1» nombra dos archivos «%2»; añada {view} o {lang}</translation>
    </message>
</context>
<context>
    <name>ExportRequest</name>
    <message>
        <source>no view to export</source>
        <translation>ninguna vista que exportar</translation>
    </message>
    <message>
        <source>unknown view “%1”; expected all or one of: %2</source>
        <extracomment>%1 the view name given, %2 the list of view names</extracomment>
        <translation>vista desconocida «%1»; se esperaba all o una de: %2</translation>
    </message>
    <message>
        <source>no language to export</source>
        <translation>ningún idioma que exportar</translation>
    </message>
    <message>
        <source>unknown language “%1”; expected all or one of: %2</source>
        <extracomment>%1 the language code given, %2 the list of language codes</extracomment>
        <translation>idioma desconocido «%1»; se esperaba all o uno de: %2</translation>
    </message>
    <message>
        <source>the scale %1 is outside %2 to %3</source>
        <extracomment>%1 the scale given, %2 and %3 the smallest and largest scale</extracomment>
        <translation>la escala %1 está fuera del intervalo de %2 a %3</translation>
    </message>
    <message>
        <source>%1 pixels is %2 megapixels; the most an export may have is %3</source>
        <extracomment>%1 the size in pixels such as 20000x10000, %2 its megapixels, %3 the limit</extracomment>
        <translation>%1 píxeles son %2 megapíxeles; una exportación puede tener como máximo %3</translation>
    </message>
    <message>
        <source>the quality %1 is outside 0 to 100</source>
        <translation>la calidad %1 está fuera del intervalo de 0 a 100</translation>
    </message>
    <message>
        <source>this build cannot write %1 files</source>
        <extracomment>%1 a file format such as jpg</extracomment>
        <translation>esta compilación no puede escribir archivos %1</translation>
    </message>
    <message>
        <source>the size “%1” is not WIDTHxHEIGHT, such as 1920x1080</source>
        <extracomment>%1 the size given on the command line</extracomment>
        <translation>el tamaño «%1» no tiene la forma ANCHOxALTO, como 1920x1080</translation>
    </message>
    <message>
        <source>the size “%1” has a side of zero pixels</source>
        <translation>el tamaño «%1» tiene un lado de cero píxeles</translation>
    </message>
    <message>
        <source>the size “%1” is over %2 pixels on a side</source>
        <extracomment>%1 the size given, %2 the longest side allowed, in pixels</extracomment>
        <translation>el tamaño «%1» supera los %2 píxeles de lado</translation>
    </message>
    <message>
        <source>the scale “%1” is not a number from %2 to %3</source>
        <extracomment>%1 the scale given, %2 and %3 the smallest and largest scale</extracomment>
        <translation>la escala «%1» no es un número de %2 a %3</translation>
    </message>
    <message>
        <source>unknown format “%1”; expected one of: %2</source>
        <extracomment>%1 the format given, %2 the list of formats</extracomment>
        <translation>formato desconocido «%1»; se esperaba uno de: %2</translation>
    </message>
    <message>
        <source>the quality “%1” is not a whole number from 0 to 100</source>
        <extracomment>%1 the JPEG quality given</extracomment>
        <translation>la calidad «%1» no es un número entero de 0 a 100</translation>
    </message>
    <message>
        <source>the view list “%1” has an empty entry</source>
        <extracomment>%1 the list of views given, such as &quot;hardware,,timeline&quot;</extracomment>
        <translation>la lista de vistas «%1» tiene una entrada vacía</translation>
    </message>
    <message>
        <source>the language list “%1” has an empty entry</source>
        <extracomment>%1 the list of languages given, such as &quot;de,,ja&quot;</extracomment>
        <translation>la lista de idiomas «%1» tiene una entrada vacía</translation>
    </message>
    <message>
        <source>unknown theme “%1”; expected one of: %2</source>
        <extracomment>%1 the theme name given, %2 the list of theme names</extracomment>
        <translation>tema desconocido «%1»; se esperaba uno de: %2</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>no view of %2 has an item “%1”</source>
        <extracomment>%1 the item id given, %2 the list of views exported</extracomment>
        <translation>ninguna vista de %2 tiene el elemento «%1»</translation>
    </message>
    <message>
        <source>the output folder “%1” is a file</source>
        <extracomment>%1 the output folder given, which is a file</extracomment>
        <translation>la carpeta de salida «%1» es un archivo</translation>
    </message>
    <message>
        <source>cannot write into the output folder “%1”: permission denied</source>
        <extracomment>%1 the output folder</extracomment>
        <translation>no se puede escribir en la carpeta de salida «%1»: permiso denegado</translation>
    </message>
    <message>
        <source>cannot create the output folder “%1”: “%2” is not a writable folder</source>
        <extracomment>%1 the output folder, %2 the nearest existing folder or file on its path</extracomment>
        <translation>no se puede crear la carpeta de salida «%1»: «%2» no es una carpeta con permiso de escritura</translation>
    </message>
    <message numerus="yes">
        <source>files exist already (%n), such as “%1”</source>
        <extracomment>%1 the first file that exists; %n how many exist in all</extracomment>
        <translation>
            <numerusform>ya existe %n archivo: «%1»</numerusform>
            <numerusform>ya existen %n archivos, como «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot create the output folder “%1”</source>
        <translation>no se puede crear la carpeta de salida «%1»</translation>
    </message>
    <message>
        <source>cannot write into the output folder “%1”: %2</source>
        <extracomment>%1 the output folder, %2 the reason from the system</extracomment>
        <translation>no se puede escribir en la carpeta de salida «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>export canceled; files saved before: %n</source>
        <extracomment>%n files were saved before the user canceled</extracomment>
        <translation>
            <numerusform>exportación cancelada; archivos guardados antes: %n</numerusform>
            <numerusform>exportación cancelada; archivos guardados antes: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot draw “%1”: not enough memory for %2 pixels</source>
        <extracomment>%1 a file name, %2 its size in pixels such as 3840x2160</extracomment>
        <translation>no se puede dibujar «%1»: no hay memoria suficiente para %2 píxeles</translation>
    </message>
    <message>
        <source>cannot draw “%1”: %2</source>
        <extracomment>%1 a file name, %2 the reason</extracomment>
        <translation>no se puede dibujar «%1»: %2</translation>
    </message>
    <message>
        <source>cannot encode “%1”: %2</source>
        <extracomment>%1 a file name, %2 the reason from the image writer</extracomment>
        <translation>no se puede codificar «%1»: %2</translation>
    </message>
    <message>
        <source>cannot save “%1”: %2</source>
        <extracomment>%1 a file name, %2 the reason from the system</extracomment>
        <translation>no se puede guardar «%1»: %2</translation>
    </message>
    <message>
        <source>there is no such view</source>
        <translation>esa vista no existe</translation>
    </message>
</context>
<context>
    <name>FeaturedQuote</name>
    <message>
        <source>Featured quote</source>
        <extracomment>Accessible name of the rotating quote at the top of the Reviews view
----------
Label above the rotating quote at the top of the Reviews view</extracomment>
        <translation>Cita destacada</translation>
    </message>
    <message>
        <source>. </source>
        <translation>. </translation>
    </message>
    <message>
        <source>Pause rotation</source>
        <extracomment>Button that stops the featured quotes from changing by themselves</extracomment>
        <translation>Pausar la rotación</translation>
    </message>
    <message>
        <source>Play rotation</source>
        <extracomment>Button that lets the featured quotes change by themselves again</extracomment>
        <translation>Reanudar la rotación</translation>
    </message>
    <message>
        <source>The featured quote changes every few seconds; Space pauses and plays.</source>
        <extracomment>Accessible description of the pause/play button</extracomment>
        <translation>La cita destacada cambia cada pocos segundos; la barra espaciadora pausa y reanuda.</translation>
    </message>
    <message>
        <source>Previous quote</source>
        <extracomment>Button that shows the previous featured quote</extracomment>
        <translation>Cita anterior</translation>
    </message>
    <message>
        <source>Next quote</source>
        <extracomment>Button that shows the next featured quote</extracomment>
        <translation>Cita siguiente</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Position in the featured quotes: %1 of %2</extracomment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>No featured quotes</source>
        <extracomment>Shown where the featured quote would be when no quote is featured</extracomment>
        <translation>No hay citas destacadas</translation>
    </message>
    <message>
        <source>Sources</source>
        <extracomment>Heading above the link to the source of the featured quote (one or several)</extracomment>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
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
        <translation>GB</translation>
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
        <translation>%1 GB</translation>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>A source known by a description: %1 publisher, %2 date, %3 description</extracomment>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>HardwareDiagram</name>
    <message>
        <source>Hardware diagram</source>
        <extracomment>Accessible name of the illustrated breakdown of the machine</extracomment>
        <translation>Diagrama del hardware</translation>
    </message>
    <message>
        <source>The parts of the machine. Use the arrow keys to move between parts and Enter to select one.</source>
        <extracomment>Accessible description of the hardware diagram</extracomment>
        <translation>Las piezas del equipo. Use las flechas para pasar de una pieza a otra e Intro para seleccionarla.</translation>
    </message>
    <message>
        <source>%1 (approximate)</source>
        <extracomment>Accessible description of a part whose figure is approximate: %1 the figure</extracomment>
        <translation>%1 (aproximado)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>Accessible description of a part: %1 its specification, %2 why it matters</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No parts to show</source>
        <extracomment>Shown where the hardware diagram would be when the content has no parts to draw</extracomment>
        <translation>No hay piezas que mostrar</translation>
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
        <translation>Pieza</translation>
    </message>
    <message>
        <source>Specification</source>
        <extracomment>Column header of the spec table: its specification</extracomment>
        <translation>Especificación</translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>Column header of the spec table: the group of parts it belongs to</extracomment>
        <translation>Grupo</translation>
    </message>
</context>
<context>
    <name>HardwareView</name>
    <message>
        <source>Inside DGX Spark</source>
        <extracomment>Eyebrow above the headline of the Hardware view</extracomment>
        <translation>DGX Spark por dentro</translation>
    </message>
    <message>
        <source>What’s in the box</source>
        <extracomment>Headline of the Hardware view</extracomment>
        <translation>Qué hay dentro</translation>
    </message>
    <message>
        <source>Every part, what it does and why it matters, and how far the desktop has come.</source>
        <extracomment>The line under the headline of the Hardware view</extracomment>
        <translation>Cada pieza, qué hace y por qué importa, y cuánto ha avanzado el ordenador de escritorio.</translation>
    </message>
    <message>
        <source>Specifications</source>
        <extracomment>Page chip of the Hardware view: the table of specifications
----------
Accessible name of the spec table</extracomment>
        <translation>Ficha técnica</translation>
    </message>
    <message>
        <source>Then and now</source>
        <extracomment>Page chip of the Hardware view: DGX-1 of 2016 against DGX Spark</extracomment>
        <translation>Antes y ahora</translation>
    </message>
    <message>
        <source>What fits in memory</source>
        <extracomment>Page chip of the Hardware view: which model sizes fit in memory</extracomment>
        <translation>Qué cabe en memoria</translation>
    </message>
</context>
<context>
    <name>IniFile</name>
    <message>
        <source>cannot read the file (%1); nothing in it is used</source>
        <extracomment>Kiosk settings problem; %1 the reason the system gives</extracomment>
        <translation>no se puede leer el archivo (%1); no se usa nada de él</translation>
    </message>
    <message>
        <source>larger than %1 bytes, far more than any settings file; nothing in it is used</source>
        <extracomment>Kiosk settings problem; %1 the largest size allowed, in bytes</extracomment>
        <translation>más de %1 bytes, mucho más que cualquier archivo de ajustes; no se usa nada de él</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes; ignored</source>
        <extracomment>Kiosk settings problem; %1 the longest line allowed, in bytes</extracomment>
        <translation>la línea tiene más de %1 bytes; ignorada</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8; ignored</source>
        <extracomment>Kiosk settings problem: the file must be in UTF-8</extracomment>
        <translation>la línea no es UTF-8 válido; ignorada</translation>
    </message>
    <message>
        <source>a group name without its closing ]; the keys up to the next group are ignored</source>
        <extracomment>Kiosk settings problem: a line such as &quot;[loop&quot; that opens a group name and does not close it</extracomment>
        <translation>un nombre de grupo sin su ] de cierre; se ignoran las claves hasta el grupo siguiente</translation>
    </message>
    <message>
        <source>text after the group&apos;s closing ], ignored</source>
        <extracomment>Kiosk settings problem: a line such as &quot;[loop] views&quot;</extracomment>
        <translation>texto después del ] de cierre del grupo, ignorado</translation>
    </message>
    <message>
        <source>expected “key = value”, a [group] or a comment; ignored</source>
        <extracomment>Kiosk settings problem: a line that the settings file cannot hold; keep &quot;key = value&quot; and &quot;[group]&quot; as they are</extracomment>
        <translation>se esperaba «key = value», un [group] o un comentario; ignorado</translation>
    </message>
    <message>
        <source>a value without a key; ignored</source>
        <extracomment>Kiosk settings problem: a line such as &quot;= 30&quot;</extracomment>
        <translation>un valor sin clave; ignorado</translation>
    </message>
    <message>
        <source>the line ends in a backslash, but a value cannot go on to the next line; the key is ignored</source>
        <extracomment>Kiosk settings problem: QSettings could continue a value on the next line after a backslash; this reader does not</extracomment>
        <translation>la línea termina en una barra invertida, pero un valor no puede continuar en la línea siguiente; se ignora la clave</translation>
    </message>
    <message>
        <source>unknown escape “%1”; the key is ignored</source>
        <extracomment>Kiosk settings problem; %1 the escape found: a backslash and a letter</extracomment>
        <translation>secuencia de escape desconocida «%1»; se ignora la clave</translation>
    </message>
    <message>
        <source>a quote that is not closed; the key is ignored</source>
        <extracomment>Kiosk settings problem: a value such as &quot;abc with no closing quote</extracomment>
        <translation>unas comillas sin cerrar; se ignora la clave</translation>
    </message>
    <message>
        <source>“%1…” is a value in Qt&apos;s own encoding, which is not read; the key is ignored</source>
        <extracomment>Kiosk settings problem; %1 the start of the value, such as @Variant( or @ByteArray(; Qt writes values of its own types that way</extracomment>
        <translation>«%1…» es un valor en la codificación propia de Qt, que no se lee; se ignora la clave</translation>
    </message>
    <message>
        <source>set again; this value replaces the one on line %1</source>
        <extracomment>Kiosk settings problem; %1 the line that set the key first</extracomment>
        <translation>definida de nuevo; este valor sustituye al de la línea %1</translation>
    </message>
</context>
<context>
    <name>KioskConfig</name>
    <message>
        <source>“%1” is not a whole number; expected %2 to %3, keeping %4</source>
        <extracomment>Kiosk settings problem; %1 the value found, %2 and %3 the allowed range, %4 the value kept instead</extracomment>
        <translation>«%1» no es un número entero; se esperaba de %2 a %3, se mantiene %4</translation>
    </message>
    <message>
        <source>%1 is out of range; expected %2 to %3, keeping %4</source>
        <extracomment>Kiosk settings problem; %1 the number found, %2 and %3 the allowed range, %4 the default used instead</extracomment>
        <translation>%1 está fuera de rango; se esperaba de %2 a %3, se mantiene %4</translation>
    </message>
    <message>
        <source>“%1” is not true or false</source>
        <extracomment>Kiosk settings problem; %1 the value found</extracomment>
        <translation>«%1» no es true ni false</translation>
    </message>
    <message>
        <source>unknown key, ignored</source>
        <extracomment>Kiosk settings problem: a key the app does not know, probably a typo</extracomment>
        <translation>clave desconocida, ignorada</translation>
    </message>
    <message>
        <source>unknown view “%1”, skipped; expected %2</source>
        <extracomment>Kiosk settings problem; %1 the name found, %2 the valid names</extracomment>
        <translation>vista desconocida «%1», omitida; se esperaba %2</translation>
    </message>
    <message>
        <source>“%1” is listed twice, skipped</source>
        <extracomment>Kiosk settings problem; %1 a view name listed twice</extracomment>
        <translation>«%1» aparece dos veces, omitida</translation>
    </message>
    <message>
        <source>no view left to show; showing every view</source>
        <translation>no queda ninguna vista; se muestran todas</translation>
    </message>
    <message>
        <source>unknown language “%1”, skipped; expected %2</source>
        <extracomment>Kiosk settings problem; %1 the code found, %2 the valid codes</extracomment>
        <translation>idioma desconocido «%1», omitido; se esperaba %2</translation>
    </message>
    <message>
        <source>unknown theme “%1”; expected %2, keeping %3</source>
        <extracomment>Kiosk settings problem; %1 the theme found, %2 the valid names, %3 the one kept</extracomment>
        <translation>tema desconocido «%1»; se esperaba %2, se mantiene %3</translation>
    </message>
    <message>
        <source>%1 s is more than a third of the watchdog&apos;s %2 s threshold, so a working kiosk could be restarted; expected 1 to %3, keeping %4</source>
        <extracomment>Kiosk settings problem; %1 the interval found in seconds, %2 the watchdog&apos;s threshold in seconds, %3 the longest interval allowed, %4 the interval kept</extracomment>
        <translation>%1 s es más de un tercio del umbral de %2 s del vigilante, que podría reiniciar un quiosco que funciona; se esperaba de 1 a %3, se mantiene %4</translation>
    </message>
    <message>
        <source>ignored with the whole [operator] section, because %1; the exit chord is off</source>
        <extracomment>Kiosk settings problem; %1 says who else can write the file; whoever can write it could set their own PIN</extracomment>
        <translation>se ignora junto con toda la sección [operator], porque %1; la combinación de salida está desactivada</translation>
    </message>
    <message>
        <source>%1; the exit chord is off</source>
        <extracomment>Kiosk settings problem; %1 what is wrong with the PIN hash</extracomment>
        <translation>%1; la combinación de salida está desactivada</translation>
    </message>
    <message>
        <source>this is the documentation&apos;s example, the PIN %1, which anyone can look up; set your own with spark-showcase --kiosk-hash-pin; the exit chord is off</source>
        <extracomment>Kiosk settings problem; %1 the example PIN of the documentation</extracomment>
        <translation>es el ejemplo de la documentación, el PIN %1, que cualquiera puede consultar; defina el suyo con spark-showcase --kiosk-hash-pin; la combinación de salida está desactivada</translation>
    </message>
    <message>
        <source>an old SALT:HEX hash, a single SHA-256 round that an offline guess breaks at once; still accepted, but hash the PIN again with spark-showcase --kiosk-hash-pin</source>
        <extracomment>Kiosk settings problem: the PIN is still accepted, but should be hashed again</extracomment>
        <translation>un hash SALT:HEX antiguo, una sola ronda de SHA-256 que un ataque sin conexión rompe al instante; aún se acepta, pero vuelva a generar el hash del PIN con spark-showcase --kiosk-hash-pin</translation>
    </message>
</context>
<context>
    <name>LoadingState</name>
    <message>
        <source>Loading the hardware…</source>
        <extracomment>Shown in place of the hardware view while its content file is being read</extracomment>
        <translation>Cargando el hardware…</translation>
    </message>
    <message>
        <source>Loading the timeline…</source>
        <extracomment>Shown in place of the timeline while its content file is being read</extracomment>
        <translation>Cargando la cronología…</translation>
    </message>
    <message>
        <source>Loading the partners…</source>
        <extracomment>Shown in place of the partner grid while its content file is being read</extracomment>
        <translation>Cargando los socios…</translation>
    </message>
    <message>
        <source>Loading the reviews…</source>
        <extracomment>Shown in place of the quote wall while its content file is being read</extracomment>
        <translation>Cargando las reseñas…</translation>
    </message>
    <message>
        <source>The content folder holds many items. They appear here as soon as they are read.</source>
        <extracomment>Beneath &quot;Loading the timeline…&quot; and the like, while a large content file is read</extracomment>
        <translation>La carpeta de contenido tiene muchos elementos. Aparecen aquí en cuanto se leen.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message numerus="yes">
        <source>%n content file(s) checked: all valid.</source>
        <extracomment>--check-content summary; %n is the number of files checked</extracomment>
        <translation>
            <numerusform>%n archivo de contenido comprobado: es válido.</numerusform>
            <numerusform>%n archivos de contenido comprobados: todos válidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <extracomment>--check-content summary; %n is the number of problems</extracomment>
        <translation>
            <numerusform>Se encontró %n problema.</numerusform>
            <numerusform>Se encontraron %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>no view has an item “%1”</source>
        <extracomment>%1 is the id given to --item</extracomment>
        <translation>ninguna vista tiene el elemento «%1»</translation>
    </message>
    <message>
        <source>the %2 view has no item “%1”</source>
        <extracomment>%1 is the id given to --item, %2 the view name</extracomment>
        <translation>la vista %2 no tiene el elemento «%1»</translation>
    </message>
    <message>
        <source>Invalid content replaced by the bundled files: %1. Run spark-showcase --check-content to see why.</source>
        <extracomment>%1 lists content files that were invalid</extracomment>
        <translation>Contenido no válido sustituido por los archivos incluidos: %1. Ejecute spark-showcase --check-content para ver el motivo.</translation>
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
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export Current View…</source>
        <translation>&amp;Exportar vista actual…</translation>
    </message>
    <message>
        <source>Save the view shown as a picture or document, at any size</source>
        <translation>Guardar la vista mostrada como imagen o documento, a cualquier tamaño</translation>
    </message>
    <message>
        <source>Export &amp;All Views…</source>
        <translation>Exportar &amp;todas las vistas…</translation>
    </message>
    <message>
        <source>Save every view as pictures or documents, in one or more languages</source>
        <translation>Guardar todas las vistas como imágenes o documentos, en uno o varios idiomas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Copy View as Image</source>
        <translation>&amp;Copiar vista como imagen</translation>
    </message>
    <message>
        <source>Put a picture of the view shown on the clipboard</source>
        <translation>Poner una imagen de la vista mostrada en el portapapeles</translation>
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
        <source>&amp;Next View</source>
        <translation>Vista &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous View</source>
        <translation>Vista &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <extracomment>A theme with the strongest contrast between text and background</extracomment>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Reduce Motion</source>
        <extracomment>Stops animations and the rotation of featured quotes</extracomment>
        <translation>&amp;Reducir movimiento</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Spark Showcase</source>
        <translation>&amp;Acerca de Spark Showcase</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>The button that stops a running export, in its progress dialog</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>Preparando la exportación…</translation>
    </message>
    <message>
        <source>Drawing %1 in %2, file %3 of %4…</source>
        <extracomment>Export progress; %1 a view title, %2 a language name, %3 and %4 numbers</extracomment>
        <translation>Dibujando «%1» (%2), archivo %3 de %4…</translation>
    </message>
    <message numerus="yes">
        <source>Files exported to %1: %n.</source>
        <extracomment>%n files were saved into the folder %1</extracomment>
        <translation>
            <numerusform>%n archivo exportado a %1.</numerusform>
            <numerusform>%n archivos exportados a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export canceled. Files saved: %n.</source>
        <extracomment>%n files were saved before the export was canceled</extracomment>
        <translation>
            <numerusform>Exportación cancelada. Archivos guardados: %n.</numerusform>
            <numerusform>Exportación cancelada. Archivos guardados: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export did not finish.</source>
        <translation>La exportación no terminó.</translation>
    </message>
    <message numerus="yes">
        <source>Files saved before it stopped: %n.</source>
        <extracomment>After the reason an export failed; %n files had been saved before</extracomment>
        <translation>
            <numerusform>Archivos guardados antes de que se detuviera: %n.</numerusform>
            <numerusform>Archivos guardados antes de que se detuviera: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the %1 view to the clipboard.</source>
        <extracomment>%1 is a view title</extracomment>
        <translation>Vista «%1» copiada al portapapeles.</translation>
    </message>
    <message>
        <source>Views</source>
        <extracomment>Accessible name of the tabs that hold the four views</extracomment>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <extracomment>Edit menu: focuses and selects the search field of the view shown</extracomment>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Search the view shown</source>
        <translation>Buscar en la vista mostrada</translation>
    </message>
</context>
<context>
    <name>MemoryFitChart</name>
    <message>
        <source>%1 at %2: %3</source>
        <extracomment>Tooltip on a bar of the memory chart: %1 model size, %2 precision, %3 memory</extracomment>
        <translation>%1 en %2: %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>The label of a reference line on the memory chart: %1 &quot;One DGX Spark&quot;, %2 &quot;128 GB&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A note under the memory chart: %1 a model size such as &quot;70B&quot;, %2 what it stands for</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Weights, %1</source>
        <extracomment>Title of the value axis of the memory chart</extracomment>
        <translation>Pesos del modelo, %1</translation>
    </message>
    <message>
        <source>Weights only. The KV cache and activations need memory on top, so what runs in practice is smaller.</source>
        <extracomment>Under the memory chart: the bars show weights only</extracomment>
        <translation>Solo los pesos del modelo. La caché KV y las activaciones necesitan memoria adicional, así que lo que se ejecuta en la práctica es más pequeño.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>What fits in memory</source>
        <translation>Qué cabe en memoria</translation>
    </message>
</context>
<context>
    <name>PartDetailCard</name>
    <message>
        <source>Explore</source>
        <extracomment>Eyebrow of the detail card before a part is chosen</extracomment>
        <translation>Explorar</translation>
    </message>
    <message>
        <source>Pick a part</source>
        <extracomment>Heading of the detail card before a part is chosen</extracomment>
        <translation>Elija una pieza</translation>
    </message>
    <message>
        <source>Touch a part of the drawing or a row of the table, or move with the arrow keys, to see what it is, why it matters and where the figure comes from.</source>
        <extracomment>The detail card before a part is chosen: how to choose one</extracomment>
        <translation>Toque una pieza del dibujo o una fila de la tabla, o muévase con las flechas, para ver qué es, por qué importa y de dónde sale el dato.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <extracomment>Under a fact: where it comes from. %1 is a citation</extracomment>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <extracomment>Under a fact: where it comes from. %1 is a list of citations</extracomment>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Approximate</source>
        <extracomment>Read out for a figure that is approximate
----------
Tag on a figure whose sources are weak</extracomment>
        <translation>Aproximado</translation>
    </message>
    <message>
        <source>Sources</source>
        <extracomment>Heading above the links to the sources of a part (one or several)</extracomment>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
</context>
<context>
    <name>PartialDate</name>
    <message>
        <source>“%1” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>«%1» no es una fecha; escriba AAAA, AAAA-MM o AAAA-MM-DD</translation>
    </message>
    <message>
        <source>year %1 is outside %2 to %3</source>
        <translation>el año %1 está fuera del intervalo de %2 a %3</translation>
    </message>
    <message>
        <source>month %1 does not exist</source>
        <translation>el mes %1 no existe</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar</source>
        <translation>%1 no es un día del calendario</translation>
    </message>
</context>
<context>
    <name>PartnerDetailPane</name>
    <message>
        <source>Partner details</source>
        <extracomment>Accessible name of the partner detail pane when no partner is selected</extracomment>
        <translation>Detalles del socio</translation>
    </message>
    <message>
        <source>All partners</source>
        <extracomment>Eyebrow of the partner detail pane when nothing is selected, above the number of partners</extracomment>
        <translation>Todos los socios</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A category and how many partners it has, in the detail pane overview</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Choose a tile, or type a name, to see what a partner does with DGX Spark.</source>
        <extracomment>Hint in the partner detail pane when no partner is selected</extracomment>
        <translation>Elija un mosaico, o escriba un nombre, para ver qué hace un socio con DGX Spark.</translation>
    </message>
    <message>
        <source>With DGX Spark</source>
        <extracomment>Heading in the partner detail pane: what the partner does with DGX Spark</extracomment>
        <translation>Con DGX Spark</translation>
    </message>
    <message>
        <source>Place</source>
        <extracomment>Heading in the partner detail pane: where the partner is</extracomment>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>People</source>
        <extracomment>Heading in the partner detail pane: the people named with the partner</extracomment>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Approximate</source>
        <extracomment>Marks a partner fact that rests on weak sources</extracomment>
        <translation>Aproximado</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <extracomment>%1 the sources of a partner fact, one per line</extracomment>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <extracomment>Heading above the links to the sources of a partner (one or several)</extracomment>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
</context>
<context>
    <name>PartnerEmptyState</name>
    <message>
        <source>No partner in this category</source>
        <extracomment>Shown over the partner grid when a category has no partners</extracomment>
        <translation>Ningún socio en esta categoría</translation>
    </message>
    <message>
        <source>No partner matches “%1”</source>
        <extracomment>Shown over the partner grid when the search finds nothing; %1 the search text</extracomment>
        <translation>Ningún socio coincide con «%1»</translation>
    </message>
    <message>
        <source>Clear search</source>
        <extracomment>Button in the empty partner grid that clears the search (and the category filter)</extracomment>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Show all partners</source>
        <translation>Mostrar todos los socios</translation>
    </message>
    <message>
        <source>Try another spelling, another category, or clear the search.</source>
        <extracomment>Accessible description of the empty partner grid</extracomment>
        <translation>Pruebe otra grafía, otra categoría o borre la búsqueda.</translation>
    </message>
</context>
<context>
    <name>PartnersView</name>
    <message>
        <source>Partners</source>
        <extracomment>Eyebrow above the Partners view&apos;s headline
----------
Accessible name of the grid of partner tiles</extracomment>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Who builds, sells and uses it</source>
        <extracomment>Headline of the Partners view</extracomment>
        <translation>Quién lo fabrica, lo vende y lo usa</translation>
    </message>
    <message>
        <source>System makers, chip partners, software, labs, studios and shops: choose one to see what they do with DGX Spark.</source>
        <extracomment>The line under the Partners headline</extracomment>
        <translation>Fabricantes de sistemas, de chips, software, laboratorios, estudios y tiendas: elija uno para ver qué hace con DGX Spark.</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>First chip of the partner category filter</extracomment>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <extracomment>Accessible name of the partner category chips</extracomment>
        <translation>Filtrar por categoría</translation>
    </message>
    <message>
        <source>Search partners</source>
        <extracomment>Placeholder of the partner search field</extracomment>
        <translation>Buscar socios</translation>
    </message>
    <message>
        <source>Finds partners by name, product, place or people; case and accents do not matter.</source>
        <extracomment>Accessible description of the partner search field</extracomment>
        <translation>Encuentra socios por nombre, producto, lugar o personas; no distingue mayúsculas ni tildes.</translation>
    </message>
    <message>
        <source>One tile per partner. Arrow keys move between tiles; typing starts a search.</source>
        <extracomment>Accessible description of the grid of partner tiles</extracomment>
        <translation>Un mosaico por socio. Las flechas pasan de uno a otro; al escribir empieza una búsqueda.</translation>
    </message>
</context>
<context>
    <name>PathTrust</name>
    <message>
        <source>cannot check %1: %2</source>
        <extracomment>Kiosk file check; %1 a path, %2 the reason the system gives</extracomment>
        <translation>no se puede comprobar %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <extracomment>Kiosk file check; %1 a path</extracomment>
        <translation>%1 no es una carpeta</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <extracomment>Kiosk file check; %1 a path</extracomment>
        <translation>%1 es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>%1 belongs to user %2, neither root nor the kiosk&apos;s user %3</source>
        <extracomment>Kiosk file check; %1 a path, %2 and %3 user ids</extracomment>
        <translation>%1 pertenece al usuario %2, que no es root ni el usuario del quiosco, %3</translation>
    </message>
    <message>
        <source>%1 can be written by others than its owner and root (mode %2)</source>
        <extracomment>Kiosk file check; %1 a path, %2 its permissions in octal such as 0666</extracomment>
        <translation>%1 puede ser escrito por otros aparte de su propietario y root (modo %2)</translation>
    </message>
    <message>
        <source>cannot make the folder %1: %2</source>
        <extracomment>Kiosk file check; %1 a folder, %2 the reason the system gives</extracomment>
        <translation>no se puede crear la carpeta %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>Kiosk file check; %1 a path, %2 the reason the system gives</extracomment>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>PinHash</name>
    <message>
        <source>not a PIN hash; expected pbkdf2-sha256$ITERATIONS$SALT$HASH as spark-showcase --kiosk-hash-pin prints it</source>
        <extracomment>Kiosk settings problem; keep the placeholders ITERATIONS, SALT and HASH and the option name as they are</extracomment>
        <translation>no es un hash de PIN; se esperaba pbkdf2-sha256$ITERATIONS$SALT$HASH tal como lo imprime spark-showcase --kiosk-hash-pin</translation>
    </message>
    <message>
        <source>“%1” is not an iteration count from 1 to %2</source>
        <extracomment>Kiosk settings problem; %1 the value found, %2 the largest count accepted</extracomment>
        <translation>«%1» no es un número de iteraciones de 1 a %2</translation>
    </message>
    <message>
        <source>%1 iterations are too few to slow down a guess; at least %2, hash the PIN again with spark-showcase --kiosk-hash-pin</source>
        <extracomment>Kiosk settings problem; %1 the iterations found, %2 the fewest accepted</extracomment>
        <translation>%1 iteraciones son muy pocas para frenar un intento de adivinarlo; al menos %2, vuelva a generar el hash del PIN con spark-showcase --kiosk-hash-pin</translation>
    </message>
    <message>
        <source>the salt is not base64 of at least %1 bytes</source>
        <extracomment>Kiosk settings problem; %1 the smallest salt size in bytes</extracomment>
        <translation>la sal no es base64 de al menos %1 bytes</translation>
    </message>
    <message>
        <source>the hash is not base64 of %1 bytes</source>
        <extracomment>Kiosk settings problem; %1 the size of the hash in bytes</extracomment>
        <translation>el hash no es base64 de %1 bytes</translation>
    </message>
    <message>
        <source>the PIN may hold only the digits 0 to 9, the keys of the keypad</source>
        <extracomment>--kiosk-hash-pin refuses a PIN; the on-screen keypad has only digits</extracomment>
        <translation>el PIN solo puede contener los dígitos del 0 al 9, las teclas del teclado numérico</translation>
    </message>
    <message>
        <source>the PIN needs %1 to %2 digits</source>
        <extracomment>--kiosk-hash-pin refuses a PIN; %1 and %2 the fewest and most digits</extracomment>
        <translation>el PIN necesita de %1 a %2 dígitos</translation>
    </message>
    <message>
        <source>%1 is the example PIN of the documentation, which the kiosk never accepts</source>
        <extracomment>--kiosk-hash-pin refuses a PIN; %1 the example PIN of the documentation</extracomment>
        <translation>%1 es el PIN de ejemplo de la documentación, que el quiosco nunca acepta</translation>
    </message>
    <message>
        <source>one digit repeated or a straight run of digits is among the first PINs anyone tries</source>
        <extracomment>--kiosk-hash-pin refuses a PIN such as 0000 or 4567</extracomment>
        <translation>un dígito repetido o una serie seguida de dígitos están entre los primeros PIN que cualquiera prueba</translation>
    </message>
</context>
<context>
    <name>PinOverlay</name>
    <message>
        <source>Wrong PIN. Try again.</source>
        <extracomment>Kiosk operator exit: shown after a wrong PIN</extracomment>
        <translation>PIN incorrecto. Inténtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <extracomment>Kiosk operator exit: accessible text of the PIN field; %n digits typed so far</extracomment>
        <translation>
            <numerusform>%n dígito introducido</numerusform>
            <numerusform>%n dígitos introducidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Operator exit</source>
        <extracomment>Kiosk operator exit: title of the panel that asks for the PIN
----------
Kiosk operator exit: accessible name of the PIN panel</extracomment>
        <translation>Salida del operador</translation>
    </message>
    <message>
        <source>Enter the PIN to leave kiosk mode.</source>
        <extracomment>Kiosk operator exit: asks for the operator PIN</extracomment>
        <translation>Introduzca el PIN para salir del modo quiosco.</translation>
    </message>
    <message>
        <source>Erase</source>
        <extracomment>Kiosk operator exit keypad: erases the last digit</extracomment>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Kiosk operator exit keypad: submits the PIN</extracomment>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Kiosk operator exit: closes the PIN panel and stays in kiosk mode</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Digit %1</source>
        <extracomment>Kiosk operator exit keypad: accessible name of a digit key; %1 the digit</extracomment>
        <translation>Dígito %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <extracomment>Kiosk operator exit: shown after several wrong PINs in a row; %n seconds until the keypad takes digits again</extracomment>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Inténtelo de nuevo en %n segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Inténtelo de nuevo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <extracomment>Kiosk operator exit: shown while the PIN typed is being checked</extracomment>
        <translation>Comprobando el PIN…</translation>
    </message>
</context>
<context>
    <name>PinPrompt</name>
    <message>
        <source>Operator PIN (4 to 12 digits, not shown): </source>
        <extracomment>--kiosk-hash-pin: asks for the PIN, which is not shown as it is typed</extracomment>
        <translation>PIN del operador (de 4 a 12 dígitos, no se muestra): </translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <extracomment>--kiosk-hash-pin: asks for the same PIN a second time</extracomment>
        <translation>El mismo PIN otra vez: </translation>
    </message>
    <message>
        <source>no PIN read twice; nothing printed</source>
        <extracomment>--kiosk-hash-pin: the input ended before two PINs were read</extracomment>
        <translation>no se leyó dos veces ningún PIN; no se imprime nada</translation>
    </message>
    <message>
        <source>the two PINs differ; nothing printed</source>
        <extracomment>--kiosk-hash-pin: the two entries differ</extracomment>
        <translation>los dos PIN no coinciden; no se imprime nada</translation>
    </message>
    <message>
        <source>%1; nothing printed</source>
        <extracomment>--kiosk-hash-pin refuses a PIN; %1 the reason</extracomment>
        <translation>%1; no se imprime nada</translation>
    </message>
    <message>
        <source>Put this line in the [operator] section of the kiosk settings.</source>
        <extracomment>--kiosk-hash-pin: after the line is printed</extracomment>
        <translation>Ponga esta línea en la sección [operator] de la configuración del quiosco.</translation>
    </message>
</context>
<context>
    <name>QrTile</name>
    <message>
        <source>QR code of the source</source>
        <extracomment>Accessible name of the QR code on a card in kiosk mode</extracomment>
        <translation>Código QR de la fuente</translation>
    </message>
    <message>
        <source>Scan it with a phone camera to open %1</source>
        <extracomment>Accessible description of a QR code; %1 is the web address it holds</extracomment>
        <translation>Escanéelo con la cámara de un teléfono para abrir %1</translation>
    </message>
</context>
<context>
    <name>QuoteCard</name>
    <message>
        <source>Translation</source>
        <extracomment>Marks the line beneath a quote as a translation of its original words</extracomment>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>From “%1”</source>
        <extracomment>The headline of the review a quote comes from; %1 the headline</extracomment>
        <translation>De «%1»</translation>
    </message>
    <message>
        <source>approximate</source>
        <extracomment>Marks a quote whose date or attribution rests on weak sources</extracomment>
        <translation>aproximado</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates date, kind and notes under a quote</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <extracomment>%1 the sources of a quote, one per line</extracomment>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>positive</source>
        <extracomment>The tone of a quote, read out by screen readers</extracomment>
        <translation>positivo</translation>
    </message>
    <message>
        <source>measured</source>
        <extracomment>The tone of a quote, read out by screen readers</extracomment>
        <translation>matizado</translation>
    </message>
    <message>
        <source>critical</source>
        <extracomment>The tone of a quote, read out by screen readers</extracomment>
        <translation>crítico</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Tone: %1</source>
        <extracomment>Screen reader text: %1 the tone of a quote (positive, measured, critical)</extracomment>
        <translation>Tono: %1</translation>
    </message>
    <message>
        <source>Award: %1</source>
        <extracomment>Screen reader text: %1 an award the reviewer gave</extracomment>
        <translation>Premio: %1</translation>
    </message>
    <message>
        <source>Translation: %1</source>
        <extracomment>Screen reader text: %1 the translation of a quote</extracomment>
        <translation>Traducción: %1</translation>
    </message>
    <message>
        <source>. </source>
        <extracomment>Joins the parts of what a screen reader says about a quote card</extracomment>
        <translation>. </translation>
    </message>
    <message>
        <source>Enter opens the source, %1</source>
        <extracomment>Screen reader text on a quote card: %1 the web address of its source</extracomment>
        <translation>Intro abre la fuente, %1</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>%1: %2</source>
        <extracomment>How a quote card is announced: %1 the outlet or author, %2 the quote</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ReviewsView</name>
    <message>
        <source>Reviews</source>
        <extracomment>Eyebrow above the Reviews view&apos;s headline</extracomment>
        <translation>Reseñas</translation>
    </message>
    <message>
        <source>What reviewers said</source>
        <extracomment>Headline of the Reviews view</extracomment>
        <translation>Lo que dijo la crítica</translation>
    </message>
    <message>
        <source>In their own words: the praise, the measured verdicts and the criticism, each with its source.</source>
        <extracomment>The line under the Reviews headline</extracomment>
        <translation>En sus propias palabras: los elogios, los juicios matizados y las críticas, cada uno con su fuente.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <extracomment>First chip of the kind filter: every kind of quote</extracomment>
        <translation>Todos los formatos</translation>
    </message>
    <message>
        <source>All outlets</source>
        <extracomment>First chip of the outlet filter: every outlet and author</extracomment>
        <translation>Todos los autores</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <extracomment>Accessible name of the filter chips by kind (reviews, videos, social posts, press)</extracomment>
        <translation>Filtrar por formato</translation>
    </message>
    <message>
        <source>Filter by outlet</source>
        <extracomment>Accessible name of the filter chips by outlet or author</extracomment>
        <translation>Filtrar por autor</translation>
    </message>
    <message>
        <source>Quote wall</source>
        <extracomment>Accessible name of the wall of quote cards</extracomment>
        <translation>Muro de citas</translation>
    </message>
    <message>
        <source>Every quote with its outlet, date and source, in reading order. Arrow keys move between quotes.</source>
        <extracomment>Accessible description of the wall of quote cards</extracomment>
        <translation>Cada cita con su autor, fecha y fuente, en orden de lectura. Las flechas pasan de una cita a otra.</translation>
    </message>
    <message>
        <source>No quote matches these filters. Choose “All kinds” or “All outlets” to see more.</source>
        <extracomment>Shown on the quote wall when the filters leave nothing</extracomment>
        <translation>Ninguna cita coincide con estos filtros. Elija «Todos los formatos» o «Todos los autores» para ver más.</translation>
    </message>
    <message>
        <source>Search quotes</source>
        <extracomment>Placeholder of the quote search field</extracomment>
        <translation>Buscar citas</translation>
    </message>
    <message>
        <source>Finds quotes by their words, outlet or author; case and accents do not matter.</source>
        <extracomment>Accessible description of the quote search field</extracomment>
        <translation>Encuentra citas por sus palabras, medio o autor; no distingue mayúsculas ni tildes.</translation>
    </message>
    <message>
        <source>No quote matches “%1” with these filters. Empty the search, or choose “All kinds” or “All outlets”, to see more.</source>
        <extracomment>Shown on the quote wall when the search and filters leave nothing; %1 is the search</extracomment>
        <translation>Ninguna cita coincide con «%1» con estos filtros. Vacíe la búsqueda o elija «Todos los formatos» o «Todos los autores» para ver más.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <extracomment>Accessible name of the magnifier icon in a search field</extracomment>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Clear search</source>
        <extracomment>Accessible name of the button that empties a search field</extracomment>
        <translation>Borrar la búsqueda</translation>
    </message>
</context>
<context>
    <name>SourceLink</name>
    <message>
        <source>Opens %1 in the browser</source>
        <extracomment>Accessible description and tooltip of a source link; %1 is its web address</extracomment>
        <translation>Abre %1 en el navegador</translation>
    </message>
</context>
<context>
    <name>SourceModel</name>
    <message>
        <source>Link to %1</source>
        <extracomment>Read out for a source in the About box: %1 its web address</extracomment>
        <translation>Enlace a %1</translation>
    </message>
</context>
<context>
    <name>SpecTableDelegate</name>
    <message>
        <source>Approximate</source>
        <extracomment>Tag in the spec table on a figure whose sources are weak</extracomment>
        <translation>Aproximado</translation>
    </message>
</context>
<context>
    <name>TimelineDetailCard</name>
    <message>
        <source>Event details</source>
        <extracomment>Accessible name of the detail card before an event is chosen</extracomment>
        <translation>Detalles del evento</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A fact on the detail card for a screen reader: %1 label (&quot;Where&quot;), %2 value</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Category and era of an event, as one line: %1 category, %2 era</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, approximate</source>
        <extracomment>A date and its &quot;approximate&quot; mark, for a screen reader</extracomment>
        <translation>%1, fecha aproximada</translation>
    </message>
    <message>
        <source>One event</source>
        <extracomment>Top line of the detail card before an event is chosen, when the timeline shows one</extracomment>
        <translation>Un evento</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%Ln evento</numerusform>
            <numerusform>%Ln eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an event</source>
        <extracomment>Heading of the detail card before an event is chosen</extracomment>
        <translation>Elija un evento</translation>
    </message>
    <message>
        <source>Each one tells what happened, where and with whom, in their own words where there is a quote, and where the facts come from.</source>
        <extracomment>Introduction on the detail card before an event is chosen</extracomment>
        <translation>Cada uno cuenta qué pasó, dónde y con quién, con sus propias palabras cuando hay una cita, y de dónde proceden los datos.</translation>
    </message>
    <message>
        <source>Getting around</source>
        <extracomment>Heading on the introduction card: how to use the timeline</extracomment>
        <translation>Cómo moverse</translation>
    </message>
    <message>
        <source>Tap or click an event, or use the arrow keys, Home and End. Zoom with plus and minus, a pinch, or Ctrl and the wheel. Drag to travel through time.</source>
        <extracomment>How to use the timeline, on the introduction card</extracomment>
        <translation>Toque o haga clic en un evento, o use las flechas, Inicio y Fin. Amplíe con más y menos, pellizcando, o con Ctrl y la rueda. Arrastre para viajar en el tiempo.</translation>
    </message>
    <message>
        <source>Known to the day</source>
        <extracomment>Legend: a filled dot on the axis</extracomment>
        <translation>Se conoce el día</translation>
    </message>
    <message>
        <source>Known to the month: the bar spans the days it may have happened on</source>
        <extracomment>Legend: a ring with a bar on the axis</extracomment>
        <translation>Se conoce el mes: la barra abarca los días en que pudo ocurrir</translation>
    </message>
    <message>
        <source>Years without events, folded to save room</source>
        <extracomment>Legend: the hatched fold in the axis</extracomment>
        <translation>Años sin eventos, plegados para ahorrar espacio</translation>
    </message>
    <message>
        <source>Between %1 and %2</source>
        <extracomment>Under a date known only to the month: %1 and %2 are the first and last possible days</extracomment>
        <translation>Entre el %1 y el %2</translation>
    </message>
    <message>
        <source>The exact day is not recorded</source>
        <extracomment>Under a date known only to the month or year</extracomment>
        <translation>No consta el día exacto</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>— %1</source>
        <extracomment>Who said a quote, beneath it; %1 is the person</extracomment>
        <translation>— %1</translation>
    </message>
    <message>
        <source>Translation</source>
        <extracomment>Marks the translation beneath a quote shown in its original language</extracomment>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Sources</source>
        <extracomment>Heading above the sources of an event (one or several)</extracomment>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Approximate</source>
        <extracomment>A mark next to a date whose fact is not well sourced</extracomment>
        <translation>Aproximada</translation>
    </message>
    <message>
        <source>No events</source>
        <extracomment>Top line of the detail card when the search leaves no event</extracomment>
        <translation>Ningún evento</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <extracomment>Heading of the detail card when the search leaves no event; %1 is the search</extracomment>
        <translation>Nada coincide con «%1»</translation>
    </message>
    <message>
        <source>Empty the search, or choose “All events”, to see every event again.</source>
        <extracomment>On the detail card when the search and the category chips leave no event</extracomment>
        <translation>Vacíe la búsqueda o elija «Todos los eventos» para volver a ver todos los eventos.</translation>
    </message>
</context>
<context>
    <name>TimelineItemView</name>
    <message>
        <source>Timeline events</source>
        <extracomment>Accessible name of the timeline&apos;s list of events</extracomment>
        <translation>Acontecimientos de la cronología</translation>
    </message>
    <message>
        <source>Left and right arrows move between events; plus and minus zoom.</source>
        <extracomment>Accessible description of the timeline&apos;s list of events</extracomment>
        <translation>Las flechas izquierda y derecha pasan de un evento a otro; más y menos amplían y reducen.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>The first and the last year hidden by a fold in the time axis</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>No events in these categories</source>
        <extracomment>Shown on the timeline when no event matches the chosen categories</extracomment>
        <translation>No hay eventos en estas categorías</translation>
    </message>
    <message>
        <source>No events to show</source>
        <translation>No hay eventos que mostrar</translation>
    </message>
    <message>
        <source>Choose another category, or all events.</source>
        <extracomment>Beneath &quot;No events in these categories&quot;</extracomment>
        <translation>Elija otra categoría, o todos los eventos.</translation>
    </message>
    <message>
        <source>one year</source>
        <extracomment>Beneath a fold in the time axis that hides a single year without events</extracomment>
        <translation>un año</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (approximate)</source>
        <extracomment>A date on a timeline card whose fact is uncertain; %1 is the date</extracomment>
        <translation>%1 (aproximada)</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>%1: %2</source>
        <extracomment>How an event is announced: %1 its date, %2 its title</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>The story so far</source>
        <extracomment>Eyebrow above the Timeline view&apos;s headline</extracomment>
        <translation>La historia hasta hoy</translation>
    </message>
    <message>
        <source>How DGX Spark came to be</source>
        <extracomment>Headline of the Timeline view</extracomment>
        <translation>Cómo nació DGX Spark</translation>
    </message>
    <message>
        <source>A real time axis: quiet years fold away, and the busiest days open up so that every event can be read.</source>
        <extracomment>The line under the Timeline view&apos;s headline</extracomment>
        <translation>Un eje temporal real: los años tranquilos se pliegan y los días más intensos se abren para que cada evento se pueda leer.</translation>
    </message>
    <message>
        <source>All events</source>
        <extracomment>The filter chip that shows events of every category</extracomment>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <source>Search events</source>
        <extracomment>Placeholder of the timeline&apos;s search field</extracomment>
        <translation>Buscar eventos</translation>
    </message>
    <message>
        <source>Finds events by their title, place, people or story; case and accents do not matter.</source>
        <extracomment>Accessible description of the timeline&apos;s search field</extracomment>
        <translation>Encuentra eventos por título, lugar, personas o historia; no distingue mayúsculas ni tildes.</translation>
    </message>
</context>
<context>
    <name>ViewRegistry</name>
    <message>
        <source>Hardware</source>
        <extracomment>Tab title: the parts and specifications of DGX Spark</extracomment>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>Tab title: the history from DGX-1 (2016) to DGX Spark (2025)</extracomment>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Partners</source>
        <extracomment>Tab title: companies and labs that build, sell or use DGX Spark</extracomment>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Reviews</source>
        <extracomment>Tab title: what reviewers said</extracomment>
        <translation>Reseñas</translation>
    </message>
</context>
<context>
    <name>ViewRenderer</name>
    <message>
        <source>cannot start a PDF document</source>
        <translation>no se puede iniciar un documento PDF</translation>
    </message>
    <message>
        <source>cannot start an SVG document</source>
        <translation>no se puede iniciar un documento SVG</translation>
    </message>
</context>
</TS>
