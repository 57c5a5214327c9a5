<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Spark Showcase</source>
        <extracomment>Title of the About dialog</extracomment>
        <translation>حول Spark Showcase</translation>
    </message>
    <message>
        <source>Spark Showcase</source>
        <translation>Spark Showcase</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;المصادر</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Version %1

The story of NVIDIA DGX Spark: what is inside it, how it got from the first DGX-1 in 2016 to the desk, who builds and uses it, and what reviewers said. Every fact carries its source; all of them are listed below. Click a source, or press Enter on it, to open its web page.</source>
        <extracomment>%1 is the version number</extracomment>
        <translation>الإصدار %1

قصة NVIDIA DGX Spark: ما بداخله، وكيف وصل من أول DGX-1 عام ٢٠١٦ إلى سطح المكتب، ومن يصنعه ويستخدمه، وماذا قال عنه المراجعون. كل معلومة مرفقة بمصدرها، والمصادر كلها مُدرجة أدناه. انقر على أي مصدر، أو اضغط Enter عليه، لفتح صفحته على الويب.</translation>
    </message>
    <message>
        <source>Every source the content cites. Enter opens the selected source in the browser.</source>
        <extracomment>Accessible description of the list of sources in the About dialog</extracomment>
        <translation>كل المصادر التي يستشهد بها المحتوى. يفتح مفتاح Enter المصدر المحدد في المتصفح.</translation>
    </message>
</context>
<context>
    <name>ChipBar</name>
    <message>
        <source>%1, %2</source>
        <extracomment>Accessible name of a filter chip: %1 the category, %2 how many items it holds</extracomment>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>CliExport</name>
    <message>
        <source>invalid content in %1; run spark-showcase --check-content %2 to see why</source>
        <extracomment>%1 lists content files that were invalid, %2 the content folder</extracomment>
        <translation>محتوى غير صالح في %1؛ شغّل spark-showcase --check-content %2 لمعرفة السبب</translation>
    </message>
    <message>
        <source>%1; nothing written, add --force to replace them</source>
        <extracomment>%1 the reason, such as &quot;2 files exist already&quot;</extracomment>
        <translation>%1؛ لم يُكتب شيء، أضف --force للاستبدال</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Spark Showcase tells the story of NVIDIA DGX Spark: its hardware, its timeline, its partners and its reviews.</source>
        <extracomment>Shown at the top of --help</extracomment>
        <translation>يروي Spark Showcase قصة NVIDIA DGX Spark: عتاده، وخطّه الزمني، وشركاؤه، ومراجعاته.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>عرض هذه المساعدة ثم الخروج.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>عرض رقم الإصدار ثم الخروج.</translation>
    </message>
    <message>
        <source>Start on the view NAME: %1.</source>
        <extracomment>%1 lists the view names</extracomment>
        <translation>البدء بالقسم NAME، وهو أحد: %1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Start with the item ID selected (a part, an event, a partner or a quote). With --export, select it in every exported view that has it.</source>
        <translation>البدء والعنصر ID محدَّد (جزء أو حدث أو شريك أو اقتباس). مع --export، يُحدَّد في كل قسم مُصدَّر يحتويه.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Use the language CODE: %1. With --export, several codes separated by commas, or all.</source>
        <extracomment>%1 lists the language codes</extracomment>
        <translation>استخدام اللغة CODE، وهي إحدى: %1. مع --export، يمكن ذكر عدة رموز تفصل بينها فواصل (,)، أو all.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Use the theme %1.</source>
        <extracomment>%1 lists the theme names</extracomment>
        <translation>استخدام السمة %1.</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>THEME</translation>
    </message>
    <message>
        <source>Replace bundled content files with those found in DIR, file by file.</source>
        <translation>استبدال ملفات المحتوى المضمَّنة بما يوجد منها في DIR، ملفًا ملفًا.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Validate the content files in DIR, print every problem and exit: 0 when all are valid, 1 otherwise.</source>
        <translation>التحقق من ملفات المحتوى في DIR وطباعة كل مشكلة ثم الخروج: 0 إذا كانت كلها صالحة، و1 خلاف ذلك.</translation>
    </message>
    <message>
        <source>Exit with status 0 as soon as the main window has painted its first frame.</source>
        <translation>الخروج بالحالة 0 فور رسم النافذة الرئيسية إطارها الأول.</translation>
    </message>
    <message>
        <source>Export the VIEWS (all, or names separated by commas: %1) as files into --out, without showing a window, and exit.</source>
        <extracomment>%1 lists the view names</extracomment>
        <translation>تصدير الأقسام VIEWS (all، أو أسماء تفصل بينها فواصل: %1) ملفاتٍ إلى --out دون إظهار نافذة، ثم الخروج.</translation>
    </message>
    <message>
        <source>VIEWS</source>
        <translation>VIEWS</translation>
    </message>
    <message>
        <source>With --export: the folder to write into, made when missing.</source>
        <translation>مع --export: المجلد الذي تُكتب فيه الملفات، ويُنشأ إن لم يكن موجودًا.</translation>
    </message>
    <message>
        <source>With --export: the size each view is laid out at, in logical pixels (default 1920x1080).</source>
        <translation>مع --export: المقاس الذي يُخطَّط به كل قسم، بالبكسلات المنطقية (الافتراضي 1920x1080).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>With --export: device pixels per logical pixel of PNG and JPEG files; 2 makes 3840x2160 pixels of a 1920x1080 layout (default 1).</source>
        <translation>مع --export: عدد بكسلات الجهاز لكل بكسل منطقي في ملفات PNG وJPEG؛ فالقيمة 2 تجعل تخطيط 1920x1080 صورةً من 3840x2160 بكسل (الافتراضي 1).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>With --export: the file format, %1 (default png). PDF and SVG are vector drawings.</source>
        <extracomment>%1 lists the file formats</extracomment>
        <translation>مع --export: صيغة الملفات، %1 (الافتراضية png). ملفات PDF وSVG رسوم متجهية.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>With --export: the JPEG quality, 0 to 100 (default %1).</source>
        <extracomment>%1 is the default quality</extracomment>
        <translation>مع --export: جودة JPEG، من 0 إلى 100 (الافتراضية %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>With --export: the file names, from the placeholders %1 (default %2).</source>
        <extracomment>%1 lists the placeholders such as {view}, %2 is the default pattern</extracomment>
        <translation>مع --export: أسماء الملفات، من العناصر النائبة %1 (الافتراضي %2).</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>PATTERN</translation>
    </message>
    <message>
        <source>With --export: replace files that exist already.</source>
        <translation>مع --export: استبدال الملفات الموجودة مسبقًا.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”; see --help</source>
        <extracomment>%1 is the first argument the app did not understand</extracomment>
        <translation>وسيط غير متوقَّع «%1»؛ راجع --help</translation>
    </message>
    <message>
        <source>%1 works only with --export</source>
        <extracomment>%1 is an option such as --out</extracomment>
        <translation>لا يعمل %1 إلا مع --export</translation>
    </message>
    <message>
        <source>unknown view “%1”; expected one of: %2</source>
        <extracomment>%1 the view name given, %2 the list of view names</extracomment>
        <translation>قسم غير معروف «%1»؛ المتوقَّع أحد هذه: %2</translation>
    </message>
    <message>
        <source>--item needs an id</source>
        <translation>يحتاج --item إلى معرِّف</translation>
    </message>
    <message>
        <source>unknown language “%1”; expected one of: %2</source>
        <extracomment>%1 the language code given, %2 the list of language codes</extracomment>
        <translation>لغة غير معروفة «%1»؛ المتوقَّع إحدى هذه: %2</translation>
    </message>
    <message>
        <source>unknown theme “%1”; expected one of: %2</source>
        <extracomment>%1 the theme name given, %2 the list of theme names</extracomment>
        <translation>سمة غير معروفة «%1»؛ المتوقَّع إحدى هذه: %2</translation>
    </message>
    <message>
        <source>the content folder “%1” does not exist</source>
        <extracomment>%1 is a folder path</extracomment>
        <translation>مجلد المحتوى «%1» غير موجود</translation>
    </message>
    <message>
        <source>%1 does not go with --export</source>
        <extracomment>%1 is an option such as --view</extracomment>
        <translation>لا يُستخدم %1 مع --export</translation>
    </message>
    <message>
        <source>--export needs --out DIR, the folder to write into</source>
        <translation>يحتاج --export إلى --out DIR، أي المجلد الذي تُكتب فيه الملفات</translation>
    </message>
    <message>
        <source>--name-pattern needs a pattern</source>
        <translation>يحتاج --name-pattern إلى نمط</translation>
    </message>
    <message>
        <source>Run as an unattended kiosk: full screen, locked against visitors, touring the views by itself.</source>
        <translation>التشغيل كشاشة عرض دون مشرف: ملء الشاشة، مقفلة أمام الزوّار، وتتنقّل بين الأقسام من تلقاء نفسها.</translation>
    </message>
    <message>
        <source>With --kiosk: read the kiosk settings (dwell times, idle timeout, operator PIN, heartbeat...) from the INI FILE.</source>
        <translation>مع --kiosk: قراءة إعدادات شاشة العرض (مدد العرض، ومهلة الخمول، ورمز المشغّل، وإشارة النبض…) من ملف INI المسمّى FILE.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>With --kiosk: show the window full screen on screen N, counted from 0.</source>
        <translation>مع --kiosk: عرض النافذة بملء الشاشة على الشاشة N، بدءًا من 0.</translation>
    </message>
    <message>
        <source>%1 works only with --kiosk</source>
        <extracomment>%1 is an option such as --screen</extracomment>
        <translation>لا يعمل %1 إلا مع --kiosk</translation>
    </message>
    <message>
        <source>--kiosk-config needs a file</source>
        <translation>يحتاج --kiosk-config إلى ملف</translation>
    </message>
    <message>
        <source>--screen needs a screen number from 0, not “%1”</source>
        <extracomment>%1 the value given to --screen</extracomment>
        <translation>يحتاج --screen إلى رقم شاشة بدءًا من 0، لا «%1»</translation>
    </message>
    <message>
        <source>--check-content does not go with --kiosk</source>
        <translation>لا يُستخدم --check-content مع --kiosk</translation>
    </message>
    <message>
        <source>With --kiosk: write the heartbeat to FILE, whatever the kiosk settings say (the systemd unit passes the file its watchdog reads).</source>
        <translation>مع --kiosk: كتابة إشارة النبض في الملف FILE أيًّا كان ما تقوله إعدادات شاشة العرض (تمرّر وحدة systemd الملفَّ الذي يقرؤه مراقبها).</translation>
    </message>
    <message>
        <source>Ask for an operator PIN twice, without showing it, and print the [operator] pin line for the kiosk settings; read two lines from standard input when it is not a terminal.</source>
        <translation>طلب رمز المشغّل مرتين دون إظهاره، وطباعة سطر pin لقسم [operator] في إعدادات شاشة العرض؛ وقراءة سطرين من الدخل القياسي حين لا يكون طرفية.</translation>
    </message>
    <message>
        <source>%1 does not go with --kiosk-hash-pin</source>
        <extracomment>%1 is an option such as --view</extracomment>
        <translation>لا يُستخدم %1 مع --kiosk-hash-pin</translation>
    </message>
    <message>
        <source>--heartbeat needs a file</source>
        <translation>يحتاج --heartbeat إلى ملف</translation>
    </message>
    <message>
        <source>With --export: add a QR code of the first source&apos;s web address to the detail card of the selected item and to the featured quote, as kiosk screens show them.</source>
        <translation>مع --export: إضافة رمز QR لعنوان الويب الخاص بالمصدر الأول إلى بطاقة تفاصيل العنصر المحدد وإلى الاقتباس المميز، كما تعرضه شاشات الأكشاك.</translation>
    </message>
    <message>
        <source>Exit with status 0 as soon as the main window has painted the whole content, large content files included.</source>
        <extracomment>--help: for start-up measurements of a content folder with large files</extracomment>
        <translation>الخروج بالحالة 0 فور أن ترسم النافذة الرئيسية المحتوى كله، بما فيه ملفات المحتوى الكبيرة.</translation>
    </message>
</context>
<context>
    <name>ComparisonCharts</name>
    <message>
        <source>≈ %1</source>
        <extracomment>A figure on a chart whose sources are weak: %1 the figure, such as &quot;60 kg&quot;</extracomment>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>approximate</source>
        <extracomment>Marks a figure on a chart whose sources are weak</extracomment>
        <translation>تقريبي</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the qualifiers after a figure on a chart, such as &quot;FP16 · approximate&quot;</extracomment>
        <translation>، </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A figure on a chart and its qualifiers: %1 &quot;170 TFLOPS&quot;, %2 &quot;FP16&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>log scale</source>
        <extracomment>Under the name of a measure on a chart whose axis grows by powers of ten</extracomment>
        <translation>مقياس لوغاريتمي</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A note under a chart: %1 the system, %2 the note</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Each measure on its own scale; bars on a log scale grow by powers of ten.</source>
        <extracomment>The line above the &quot;Then and now&quot; charts</extracomment>
        <translation>لكل قياس مقياسه الخاص؛ وأعمدة المقياس اللوغاريتمي تكبر بقوى العشرة.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>المصادر: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>Then and now</source>
        <translation>الأمس واليوم</translation>
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
        <translation>فتح مجلد محتوى</translation>
    </message>
    <message>
        <source>&amp;Open Content Folder…</source>
        <extracomment>File menu: choose a folder whose content files replace the bundled ones</extracomment>
        <translation>&amp;فتح مجلد محتوى…</translation>
    </message>
    <message>
        <source>Show the content files of a folder in place of the bundled ones, and follow their changes</source>
        <translation>عرض ملفات المحتوى في مجلد بدلًا من الملفات المضمَّنة، ومتابعة تغييراتها</translation>
    </message>
    <message>
        <source>&amp;Reload Content</source>
        <extracomment>File menu: read the content folder in use again</extracomment>
        <translation>إعادة &amp;تحميل المحتوى</translation>
    </message>
    <message>
        <source>Read the content folder again now</source>
        <translation>قراءة مجلد المحتوى من جديد الآن</translation>
    </message>
    <message>
        <source>Use &amp;Bundled Content</source>
        <extracomment>File menu: stop using a content folder and show the content built into the app</extracomment>
        <translation>استخدام المحتوى &amp;المضمَّن</translation>
    </message>
    <message>
        <source>Show the content built into the app again</source>
        <translation>عرض المحتوى المضمَّن في التطبيق من جديد</translation>
    </message>
    <message>
        <source>Show the problems found in the content folder</source>
        <translation>عرض المشكلات التي عُثر عليها في مجلد المحتوى</translation>
    </message>
    <message>
        <source>Bundled content</source>
        <extracomment>Status bar: the app shows its own content, no folder is open</extracomment>
        <translation>المحتوى المضمَّن</translation>
    </message>
    <message>
        <source>The content built into the app. File › Open Content Folder… shows your own.</source>
        <translation>المحتوى المضمَّن في التطبيق. ملف › فتح مجلد محتوى… يعرض محتواك الخاص.</translation>
    </message>
    <message>
        <source>Content: %1 · no problems</source>
        <extracomment>Status bar: %1 is the content folder&apos;s name</extracomment>
        <translation>المحتوى: %1 · لا مشكلات</translation>
    </message>
    <message numerus="yes">
        <source>Content: %1 · %n problem(s)</source>
        <extracomment>Status bar: %1 is the content folder&apos;s name; %n problems were found in it</extracomment>
        <translation>
            <numerusform>المحتوى: %1 · لا مشكلات</numerusform>
            <numerusform>المحتوى: %1 · مشكلة واحدة</numerusform>
            <numerusform>المحتوى: %1 · مشكلتان</numerusform>
            <numerusform>المحتوى: %1 · %Ln مشكلات</numerusform>
            <numerusform>المحتوى: %1 · %Ln مشكلة</numerusform>
            <numerusform>المحتوى: %1 · %Ln مشكلة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Click to show its problems.</source>
        <extracomment>Tooltip of the content status; %1 is the folder&apos;s full path</extracomment>
        <translation>%1
انقر لعرض مشكلاته.</translation>
    </message>
    <message>
        <source>Content: %1 · reading…</source>
        <extracomment>Status bar while large content files are still being read after the window opened; %1 is the content folder&apos;s name</extracomment>
        <translation>المحتوى: %1 · جارٍ القراءة…</translation>
    </message>
</context>
<context>
    <name>ContentLoader</name>
    <message>
        <source>the file does not exist</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>مجلد وليس ملفًا</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <source>the file is %1 bytes; the limit is %2 bytes</source>
        <translation>حجم الملف %1 بايت؛ والحد الأقصى %2 بايت</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>تتعذّر قراءته: %1</translation>
    </message>
    <message>
        <source>the file is over the limit of %1 bytes</source>
        <translation>حجم الملف يتجاوز الحد الأقصى البالغ %1 بايت</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>ليس مجلدًا</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>المجلد غير موجود</translation>
    </message>
    <message>
        <source>holds none of the content files (%1)</source>
        <extracomment>%1 lists the content file names</extracomment>
        <translation>لا يحتوي أيًّا من ملفات المحتوى (%1)</translation>
    </message>
</context>
<context>
    <name>ContentParser</name>
    <message>
        <source>more problems were found; fix the ones above and check again</source>
        <extracomment>Shown after the first hundred problems in one content file.</extracomment>
        <translation>عُثر على مشكلات أخرى؛ أصلِح المشكلات أعلاه ثم تحقّق مجددًا</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2 (byte offset %3): %4</source>
        <extracomment>%1 line, %2 column, %3 byte offset, %4 the parser&apos;s reason</extracomment>
        <translation>صيغة JSON غير صالحة في السطر %1، العمود %2 (الإزاحة بالبايت %3): %4</translation>
    </message>
    <message>
        <source>the file must hold one JSON object: {&quot;schemaVersion&quot;: 1, &quot;items&quot;: [...]}</source>
        <translation>يجب أن يحتوي الملف على كائن JSON واحد: {&quot;schemaVersion&quot;: 1, &quot;items&quot;: [...]}</translation>
    </message>
    <message>
        <source>required field is missing; write &quot;schemaVersion&quot;: %1</source>
        <translation>حقل مطلوب مفقود؛ اكتب &quot;schemaVersion&quot;: %1</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>يجب أن يكون عددًا صحيحًا، لا %1</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this app supports (%2); update the app or write the older format</source>
        <translation>إصدار المخطط %1 أحدث مما يدعمه هذا التطبيق (%2)؛ حدِّث التطبيق أو اكتب بالصيغة الأقدم</translation>
    </message>
    <message>
        <source>schema version %1 does not exist; write %2</source>
        <translation>إصدار المخطط %1 غير موجود؛ اكتب %2</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>حقل مطلوب مفقود</translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation>يجب أن يكون مصفوفة، لا %1</translation>
    </message>
    <message>
        <source>%1 items is over the limit of %2</source>
        <translation>عدد العناصر %1 يتجاوز الحد البالغ %2</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>يجب أن يكون كائنًا، لا %1</translation>
    </message>
    <message>
        <source>unknown field; expected one of: %1</source>
        <extracomment>A field name in a content file is not one the format knows; %1 lists the known ones.</extracomment>
        <translation>حقل غير معروف؛ المتوقَّع أحد هذه: %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>يجب ألا يكون فارغًا</translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation>عدد أحرفه %1؛ والحد الأقصى %2</translation>
    </message>
    <message>
        <source>contains the control character U+%1</source>
        <translation>يحتوي على محرف التحكم U+%1</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>يجب أن يكون سلسلة نصية، لا %1</translation>
    </message>
    <message>
        <source>must be a text object such as {&quot;en&quot;: &quot;…&quot;, &quot;de&quot;: &quot;…&quot;}, not %1</source>
        <translation>يجب أن يكون كائنًا نصيًا مثل {&quot;en&quot;: &quot;…&quot;, &quot;de&quot;: &quot;…&quot;}، لا %1</translation>
    </message>
    <message>
        <source>“%1” is not a language code such as “de” or “zh_CN”</source>
        <translation>«%1» ليس رمز لغة مثل «de» أو «zh_CN»</translation>
    </message>
    <message>
        <source>the English text is missing</source>
        <translation>النص الإنجليزي مفقود</translation>
    </message>
    <message>
        <source>%1 entries is over the limit of %2</source>
        <translation>عدد الإدخالات %1 يتجاوز الحد البالغ %2</translation>
    </message>
    <message>
        <source>must be a date string such as &quot;2025-10-15&quot;, not %1</source>
        <translation>يجب أن يكون تاريخًا نصيًا مثل &quot;2025-10-15&quot;، لا %1</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>يجب أن يكون رقمًا، لا %1</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>القيمة %1 خارج النطاق من %2 إلى %3</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>يجب أن يكون true أو false، لا %1</translation>
    </message>
    <message>
        <source>unknown value “%1”; expected one of: %2</source>
        <translation>قيمة غير معروفة «%1»؛ المتوقَّع إحدى هذه: %2</translation>
    </message>
    <message>
        <source>must be an array of source ids, not %1</source>
        <translation>يجب أن يكون مصفوفة من معرِّفات المصادر، لا %1</translation>
    </message>
    <message>
        <source>must name at least one source</source>
        <translation>يجب أن يذكر مصدرًا واحدًا على الأقل</translation>
    </message>
    <message>
        <source>“%1” is not a web address starting with https://</source>
        <extracomment>%1 is the address as written in the content file</extracomment>
        <translation>«%1» ليس عنوان ويب يبدأ بـ https://</translation>
    </message>
    <message>
        <source>“%1” is not a seed number such as “004”</source>
        <translation>«%1» ليس رقم مقال مرجعي مثل «004»</translation>
    </message>
    <message>
        <source>must be [x, y, width, height] inside the 100 × 100 diagram, with a width and a height</source>
        <translation>يجب أن يكون [x, y, width, height] داخل المخطط 100 × 100، بعرض وارتفاع أكبر من الصفر</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>يجب أن يكون عددًا صحيحًا</translation>
    </message>
    <message>
        <source>the era ends before it starts</source>
        <translation>تنتهي الحقبة قبل أن تبدأ</translation>
    </message>
    <message>
        <source>%1 must fall within the date %2</source>
        <extracomment>%1 is a field name, %2 the event&apos;s date</extracomment>
        <translation>يجب أن يقع %1 ضمن التاريخ %2</translation>
    </message>
    <message>
        <source>notAfter is earlier than notBefore</source>
        <translation>قيمة notAfter أسبق من notBefore</translation>
    </message>
    <message>
        <source>give the document’s title or a description, not both</source>
        <translation>أعطِ عنوان المستند أو وصفًا له، لا الاثنين معًا</translation>
    </message>
    <message>
        <source>no title and no description: give the document’s own title, or describe it when it has none</source>
        <translation>لا عنوان ولا وصف: أعطِ عنوان المستند نفسه، أو صِفه إن لم يكن له عنوان</translation>
    </message>
    <message>
        <source>no url and no note: give the document’s https address, or a note saying why it has none (a print-only or deleted page)</source>
        <extracomment>A source in a content file has neither a web address nor a note saying why; &quot;url&quot; and &quot;note&quot; are field names, not to be translated</extracomment>
        <translation>لا url ولا note: أعطِ عنوان https الخاص بالمستند، أو note توضح سبب غيابه (مستند مطبوع فقط أو صفحة محذوفة)</translation>
    </message>
</context>
<context>
    <name>ContentProblemsPanel</name>
    <message>
        <source>Copied</source>
        <extracomment>A copy button&apos;s label for a moment after it was pressed</extracomment>
        <translation>نُسخ</translation>
    </message>
    <message>
        <source>Content Problems</source>
        <extracomment>Title of the panel that lists the problems of the content folder in use</extracomment>
        <translation>مشكلات المحتوى</translation>
    </message>
    <message>
        <source>Reload</source>
        <extracomment>Reads the content folder again now</extracomment>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>Reload the content folder</source>
        <translation>إعادة تحميل مجلد المحتوى</translation>
    </message>
    <message>
        <source>Copy All</source>
        <extracomment>Copies every problem listed, one a line</extracomment>
        <translation>نسخ الكل</translation>
    </message>
    <message>
        <source>Copy all problems</source>
        <translation>نسخ كل المشكلات</translation>
    </message>
    <message>
        <source>Bundled content</source>
        <extracomment>Heading of the problems panel when no content folder is open</extracomment>
        <translation>المحتوى المضمَّن</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <extracomment>The number of problems found in the content folder</extracomment>
        <translation>
            <numerusform>لم يُعثر على أي مشكلة.</numerusform>
            <numerusform>عُثر على مشكلة واحدة.</numerusform>
            <numerusform>عُثر على مشكلتين.</numerusform>
            <numerusform>عُثر على %Ln مشكلات.</numerusform>
            <numerusform>عُثر على %Ln مشكلة.</numerusform>
            <numerusform>عُثر على %Ln مشكلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder cannot be used: the bundled content is shown until it can be read.</source>
        <translation>لا يمكن استخدام المجلد: يُعرض المحتوى المضمَّن إلى أن تتسنى قراءته.</translation>
    </message>
    <message>
        <source>%1 has problems: its last good version stays on screen.</source>
        <extracomment>%1 is a content file name, such as partners.json</extracomment>
        <translation>في %1 مشكلات: تبقى آخر نسخة صالحة منه معروضة على الشاشة.</translation>
    </message>
    <message>
        <source>%1 has problems: the bundled file is shown in its place.</source>
        <extracomment>%1 is a content file name, such as partners.json</extracomment>
        <translation>في %1 مشكلات: يُعرض الملف المضمَّن مكانه.</translation>
    </message>
    <message>
        <source>Fix the files and save them: this list follows the folder.</source>
        <translation>أصلح الملفات واحفظها: هذه القائمة تتابع المجلد.</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>A button beside one problem that copies its line to the clipboard</extracomment>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy problem %1</source>
        <extracomment>Accessible name of the copy button of problem %1 (1, 2, 3…)</extracomment>
        <translation>نسخ المشكلة %1</translation>
    </message>
    <message>
        <source>Copy this line to the clipboard</source>
        <translation>نسخ هذا السطر إلى الحافظة</translation>
    </message>
    <message>
        <source>No content folder is open.</source>
        <extracomment>Empty problems panel, when the app shows its own content</extracomment>
        <translation>لا يوجد مجلد محتوى مفتوح.</translation>
    </message>
    <message>
        <source>Open one with File › Open Content Folder… to show your own content files and check them here.</source>
        <translation>افتح مجلدًا من ملف › فتح مجلد محتوى… لعرض ملفات المحتوى الخاصة بك والتحقق منها هنا.</translation>
    </message>
    <message>
        <source>No problems found in %1.</source>
        <extracomment>Empty problems panel; %1 is the content folder&apos;s name</extracomment>
        <translation>لم يُعثر على مشكلات في %1.</translation>
    </message>
    <message>
        <source>Every content file in the folder is valid and on screen. Files you save there show at once.</source>
        <translation>كل ملفات المحتوى في المجلد صالحة ومعروضة. ما تحفظه فيه يظهر فورًا.</translation>
    </message>
    <message>
        <source>Problems</source>
        <extracomment>Accessible name of the scrolling list of problems</extracomment>
        <translation>المشكلات</translation>
    </message>
</context>
<context>
    <name>ContentReferences</name>
    <message>
        <source>must be a string, not %1</source>
        <translation>يجب أن يكون سلسلة نصية، لا %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>يجب ألا يكون فارغًا</translation>
    </message>
    <message>
        <source>“%1” is not a valid id: use up to %2 lowercase letters, digits, “-”, “_” or “.”, starting with a letter or a digit</source>
        <translation>«%1» ليس معرِّفًا صالحًا: استخدم حتى %2 من الأحرف اللاتينية الصغيرة أو الأرقام أو «-» أو «_» أو «.»، على أن يبدأ بحرف أو رقم</translation>
    </message>
    <message>
        <source>duplicate id “%1”, first used at %2</source>
        <extracomment>%2 is the JSON pointer of the first entry with the same id</extracomment>
        <translation>معرِّف مكرر «%1»، استُخدم أول مرة في %2</translation>
    </message>
    <message>
        <source>unknown value “%1”; expected one of: %2</source>
        <translation>قيمة غير معروفة «%1»؛ المتوقَّع إحدى هذه: %2</translation>
    </message>
    <message>
        <source>unknown system; expected one of: %1</source>
        <translation>نظام غير معروف؛ المتوقَّع أحد هذه: %1</translation>
    </message>
    <message>
        <source>source “%1” is cited by nothing in this file; cite it or remove it</source>
        <extracomment>%1 is a source id</extracomment>
        <translation>المصدر «%1» لا يستشهد به أي شيء في هذا الملف؛ استشهد به أو احذفه</translation>
    </message>
</context>
<context>
    <name>ContentSource</name>
    <message>
        <source>The content folder %1 no longer exists; the bundled content is shown.</source>
        <extracomment>Status bar notice at start; %1 is the folder chosen in an earlier run</extracomment>
        <translation>مجلد المحتوى %1 لم يعد موجودًا؛ يُعرض المحتوى المضمَّن.</translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message>
        <source>Touch to stay</source>
        <extracomment>Kiosk: large line over the screen after a minute without input; touching keeps the visitor&apos;s screen as it is, otherwise the tour starts over</extracomment>
        <translation>المس الشاشة للبقاء</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n second(s)</source>
        <extracomment>Kiosk: under &quot;Touch to stay&quot;; %n is the number of seconds before the tour starts over</extracomment>
        <translation>
            <numerusform>يبدأ العرض من جديد الآن</numerusform>
            <numerusform>يبدأ العرض من جديد بعد ثانية واحدة</numerusform>
            <numerusform>يبدأ العرض من جديد بعد ثانيتين</numerusform>
            <numerusform>يبدأ العرض من جديد بعد %Ln ثوانٍ</numerusform>
            <numerusform>يبدأ العرض من جديد بعد %Ln ثانية</numerusform>
            <numerusform>يبدأ العرض من جديد بعد %Ln ثانية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Current View</source>
        <translation>تصدير القسم الحالي</translation>
    </message>
    <message>
        <source>Export All Views</source>
        <translation>تصدير كل الأقسام</translation>
    </message>
    <message>
        <source>Views:</source>
        <translation>الأقسام:</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>The list of views, separated by commas</extracomment>
        <translation>، </translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>ال&amp;مقاس:</translation>
    </message>
    <message>
        <source>Current window (%1 × %2)</source>
        <extracomment>A size preset: the size of the view in the window now; %1 x %2 pixels</extracomment>
        <translation>النافذة الحالية (%1 × %2)</translation>
    </message>
    <message>
        <source>Full HD (%1 × %2)</source>
        <extracomment>A size preset for slides and screens; %1 x %2 pixels</extracomment>
        <translation>دقة Full HD (%1 × %2)</translation>
    </message>
    <message>
        <source>4K UHD (%1 × %2)</source>
        <extracomment>A size preset for large screens and print; %1 x %2 pixels</extracomment>
        <translation>دقة 4K UHD (%1 × %2)</translation>
    </message>
    <message>
        <source>Square (%1 × %2)</source>
        <extracomment>A size preset for social media posts; %1 x %2 pixels</extracomment>
        <translation>مربّع (%1 × %2)</translation>
    </message>
    <message>
        <source>Portrait (%1 × %2)</source>
        <extracomment>A size preset for phones and portrait screens; %1 x %2 pixels</extracomment>
        <translation>عمودي (%1 × %2)</translation>
    </message>
    <message>
        <source>Custom</source>
        <extracomment>A size preset: the width and height typed beside it</extracomment>
        <translation>مخصّص</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>العرض</translation>
    </message>
    <message>
        <source> px</source>
        <translation> بكسل</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>الارتفاع</translation>
    </message>
    <message>
        <source>Width in logical pixels</source>
        <translation>العرض بالبكسلات المنطقية</translation>
    </message>
    <message>
        <source>Height in logical pixels</source>
        <translation>الارتفاع بالبكسلات المنطقية</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>ال&amp;كثافة:</translation>
    </message>
    <message>
        <source>1× (standard)</source>
        <extracomment>Scale 1x: one image pixel per logical pixel</extracomment>
        <translation>١× (قياسية)</translation>
    </message>
    <message>
        <source>2× (high density)</source>
        <extracomment>Scale 2x: two image pixels per logical pixel, for sharp text on high-density screens</extracomment>
        <translation>٢× (كثافة عالية)</translation>
    </message>
    <message>
        <source>Pixels per logical pixel in PNG and JPEG files. PDF and SVG are vector drawings and sharp at any size.</source>
        <translation>عدد البكسلات لكل بكسل منطقي في ملفات PNG وJPEG. أما PDF وSVG فرسوم متجهية حادة بأي مقاس.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>صورة JPEG</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>مستند PDF (متجهي)</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>رسم SVG (متجهي)</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <extracomment>JPEG compression quality, 0 (smallest file) to 100 (best picture)</extracomment>
        <translation>ال&amp;جودة:</translation>
    </message>
    <message>
        <source>JPEG quality: 0 gives the smallest file, 100 the best picture.</source>
        <translation>جودة JPEG: القيمة ٠ تعطي أصغر ملف، و١٠٠ أفضل صورة.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>ال&amp;سمة:</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكنة</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتحة</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>الل&amp;غات:</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Each checked language gives one file per view.</source>
        <translation>كل لغة محدَّدة تُنتج ملفًا واحدًا لكل قسم.</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>المجل&amp;د:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>Choose the folder the files are saved in</source>
        <translation>اختر المجلد الذي تُحفظ فيه الملفات</translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation>أسماء المل&amp;فات:</translation>
    </message>
    <message>
        <source>File-name pattern</source>
        <translation>نمط أسماء الملفات</translation>
    </message>
    <message>
        <source>{view} view name, {lang} language code, {w} and {h} width and height, {scale} scale, {theme} theme, {ext} file extension.</source>
        <extracomment>Explains the placeholders of a file-name pattern; keep the words in braces unchanged</extracomment>
        <translation>اسم القسم {view}، ورمز اللغة {lang}، والعرض والارتفاع {w} و{h}، والكثافة {scale}، والسمة {theme}، وامتداد الملف {ext}.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>The current view as it will be exported, in the first language checked</source>
        <translation>القسم الحالي كما سيُصدَّر، بأول لغة محدَّدة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Check at least one language.</source>
        <translation>حدِّد لغة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Choose a folder for the files.</source>
        <translation>اختر مجلدًا للملفات.</translation>
    </message>
    <message numerus="yes">
        <source>Files: %n, such as %1</source>
        <extracomment>%1 is the name of the first file; %n the number of files</extracomment>
        <translation>
            <numerusform>عدد الملفات: %Ln، مثل %1</numerusform>
            <numerusform>ملف واحد: %1</numerusform>
            <numerusform>ملفان، مثل %1</numerusform>
            <numerusform>%Ln ملفات، مثل %1</numerusform>
            <numerusform>%Ln ملفًا، مثل %1</numerusform>
            <numerusform>%Ln ملف، مثل %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <extracomment>The dialog&apos;s main button</extracomment>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>التصدير إلى</translation>
    </message>
    <message numerus="yes">
        <source>Files that exist already: %n.</source>
        <extracomment>%n is the number of files that exist already</extracomment>
        <translation>
            <numerusform>لا ملفات موجودة مسبقًا.</numerusform>
            <numerusform>ملف واحد موجود مسبقًا.</numerusform>
            <numerusform>ملفان موجودان مسبقًا.</numerusform>
            <numerusform>%Ln ملفات موجودة مسبقًا.</numerusform>
            <numerusform>%Ln ملفًا موجودًا مسبقًا.</numerusform>
            <numerusform>%Ln ملف موجود مسبقًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace them with the new pictures in %1?</source>
        <extracomment>%1 is the folder</extracomment>
        <translation>هل تريد استبدالها بالصور الجديدة في %1؟</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>ا&amp;ستبدال</translation>
    </message>
    <message>
        <source>Add &amp;QR codes of the sources</source>
        <extracomment>Check box in the export dialog; the codes are those kiosk screens show</extracomment>
        <translation>إضافة رموز &amp;QR للمصادر</translation>
    </message>
    <message>
        <source>Detail cards and the featured quote show a QR code of their first source&apos;s web address, as on kiosk screens.</source>
        <translation>تعرض بطاقات التفاصيل والاقتباس المميز رمز QR لعنوان الويب الخاص بمصدرها الأول، كما على شاشات الأكشاك.</translation>
    </message>
</context>
<context>
    <name>ExportPlan</name>
    <message>
        <source>no output folder given</source>
        <translation>لم يُحدَّد مجلد للإخراج</translation>
    </message>
    <message>
        <source>the file-name pattern has an unknown placeholder %1; known: %2</source>
        <extracomment>%1 a placeholder such as {date}, %2 the list of known placeholders</extracomment>
        <translation>في نمط أسماء الملفات عنصر نائب غير معروف %1؛ العناصر المعروفة: %2</translation>
    </message>
    <message>
        <source>the file-name pattern “%1” gives “%2”, which is not a file name</source>
        <extracomment>%1 the file-name pattern, %2 the name it gave</extracomment>
        <translation>نمط أسماء الملفات «%1» يعطي «%2»، وهو ليس اسم ملف</translation>
    </message>
    <message>
        <source>the file-name pattern “%1” names two files “%2”; add {view} or {lang}</source>
        <extracomment>%1 the file-name pattern, %2 a file name</extracomment>
        <translation>نمط أسماء الملفات «%1» يسمّي ملفين «%2»؛ أضف {view} أو {lang}</translation>
    </message>
</context>
<context>
    <name>ExportRequest</name>
    <message>
        <source>no view to export</source>
        <translation>لا قسم للتصدير</translation>
    </message>
    <message>
        <source>unknown view “%1”; expected all or one of: %2</source>
        <extracomment>%1 the view name given, %2 the list of view names</extracomment>
        <translation>قسم غير معروف «%1»؛ المتوقَّع all أو أحد هذه: %2</translation>
    </message>
    <message>
        <source>no language to export</source>
        <translation>لا لغة للتصدير</translation>
    </message>
    <message>
        <source>unknown language “%1”; expected all or one of: %2</source>
        <extracomment>%1 the language code given, %2 the list of language codes</extracomment>
        <translation>لغة غير معروفة «%1»؛ المتوقَّع all أو إحدى هذه: %2</translation>
    </message>
    <message>
        <source>the scale %1 is outside %2 to %3</source>
        <extracomment>%1 the scale given, %2 and %3 the smallest and largest scale</extracomment>
        <translation>الكثافة %1 خارج النطاق من %2 إلى %3</translation>
    </message>
    <message>
        <source>%1 pixels is %2 megapixels; the most an export may have is %3</source>
        <extracomment>%1 the size in pixels such as 20000x10000, %2 its megapixels, %3 the limit</extracomment>
        <translation>المقاس %1 بكسل يساوي %2 ميجابكسل؛ والحد الأقصى للتصدير %3</translation>
    </message>
    <message>
        <source>the quality %1 is outside 0 to 100</source>
        <translation>الجودة %1 خارج النطاق من 0 إلى 100</translation>
    </message>
    <message>
        <source>this build cannot write %1 files</source>
        <extracomment>%1 a file format such as jpg</extracomment>
        <translation>لا تستطيع هذه النسخة كتابة ملفات %1</translation>
    </message>
    <message>
        <source>the size “%1” is not WIDTHxHEIGHT, such as 1920x1080</source>
        <extracomment>%1 the size given on the command line</extracomment>
        <translation>المقاس «%1» ليس بالصيغة WIDTHxHEIGHT، مثل 1920x1080</translation>
    </message>
    <message>
        <source>the size “%1” has a side of zero pixels</source>
        <translation>أحد ضلعي المقاس «%1» صفر بكسل</translation>
    </message>
    <message>
        <source>the size “%1” is over %2 pixels on a side</source>
        <extracomment>%1 the size given, %2 the longest side allowed, in pixels</extracomment>
        <translation>المقاس «%1» يتجاوز %2 بكسل في أحد ضلعيه</translation>
    </message>
    <message>
        <source>the scale “%1” is not a number from %2 to %3</source>
        <extracomment>%1 the scale given, %2 and %3 the smallest and largest scale</extracomment>
        <translation>الكثافة «%1» ليست رقمًا من %2 إلى %3</translation>
    </message>
    <message>
        <source>unknown format “%1”; expected one of: %2</source>
        <extracomment>%1 the format given, %2 the list of formats</extracomment>
        <translation>صيغة غير معروفة «%1»؛ المتوقَّع إحدى هذه: %2</translation>
    </message>
    <message>
        <source>the quality “%1” is not a whole number from 0 to 100</source>
        <extracomment>%1 the JPEG quality given</extracomment>
        <translation>الجودة «%1» ليست عددًا صحيحًا من 0 إلى 100</translation>
    </message>
    <message>
        <source>the view list “%1” has an empty entry</source>
        <extracomment>%1 the list of views given, such as &quot;hardware,,timeline&quot;</extracomment>
        <translation>في قائمة الأقسام «%1» إدخال فارغ</translation>
    </message>
    <message>
        <source>the language list “%1” has an empty entry</source>
        <extracomment>%1 the list of languages given, such as &quot;de,,ja&quot;</extracomment>
        <translation>في قائمة اللغات «%1» إدخال فارغ</translation>
    </message>
    <message>
        <source>unknown theme “%1”; expected one of: %2</source>
        <extracomment>%1 the theme name given, %2 the list of theme names</extracomment>
        <translation>سمة غير معروفة «%1»؛ المتوقَّع إحدى هذه: %2</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>no view of %2 has an item “%1”</source>
        <extracomment>%1 the item id given, %2 the list of views exported</extracomment>
        <translation>لا يحتوي أيٌّ من الأقسام %2 على العنصر «%1»</translation>
    </message>
    <message>
        <source>the output folder “%1” is a file</source>
        <extracomment>%1 the output folder given, which is a file</extracomment>
        <translation>مجلد الإخراج «%1» ملف وليس مجلدًا</translation>
    </message>
    <message>
        <source>cannot write into the output folder “%1”: permission denied</source>
        <extracomment>%1 the output folder</extracomment>
        <translation>تتعذّر الكتابة في مجلد الإخراج «%1»: الإذن مرفوض</translation>
    </message>
    <message>
        <source>cannot create the output folder “%1”: “%2” is not a writable folder</source>
        <extracomment>%1 the output folder, %2 the nearest existing folder or file on its path</extracomment>
        <translation>يتعذّر إنشاء مجلد الإخراج «%1»: «%2» ليس مجلدًا قابلًا للكتابة</translation>
    </message>
    <message numerus="yes">
        <source>files exist already (%n), such as “%1”</source>
        <extracomment>%1 the first file that exists; %n how many exist in all</extracomment>
        <translation>
            <numerusform>ملفات موجودة مسبقًا (%Ln)، مثل «%1»</numerusform>
            <numerusform>ملف موجود مسبقًا: «%1»</numerusform>
            <numerusform>ملفان موجودان مسبقًا، منهما «%1»</numerusform>
            <numerusform>%Ln ملفات موجودة مسبقًا، منها «%1»</numerusform>
            <numerusform>%Ln ملفًا موجودًا مسبقًا، منها «%1»</numerusform>
            <numerusform>%Ln ملف موجود مسبقًا، منها «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot create the output folder “%1”</source>
        <translation>يتعذّر إنشاء مجلد الإخراج «%1»</translation>
    </message>
    <message>
        <source>cannot write into the output folder “%1”: %2</source>
        <extracomment>%1 the output folder, %2 the reason from the system</extracomment>
        <translation>تتعذّر الكتابة في مجلد الإخراج «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>export canceled; files saved before: %n</source>
        <extracomment>%n files were saved before the user canceled</extracomment>
        <translation>
            <numerusform>أُلغي التصدير؛ لم يُحفظ أي ملف قبل ذلك</numerusform>
            <numerusform>أُلغي التصدير؛ حُفظ ملف واحد قبل ذلك</numerusform>
            <numerusform>أُلغي التصدير؛ حُفظ ملفان قبل ذلك</numerusform>
            <numerusform>أُلغي التصدير؛ حُفظت %Ln ملفات قبل ذلك</numerusform>
            <numerusform>أُلغي التصدير؛ حُفظ %Ln ملفًا قبل ذلك</numerusform>
            <numerusform>أُلغي التصدير؛ حُفظ %Ln ملف قبل ذلك</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot draw “%1”: not enough memory for %2 pixels</source>
        <extracomment>%1 a file name, %2 its size in pixels such as 3840x2160</extracomment>
        <translation>يتعذّر رسم «%1»: الذاكرة لا تكفي لـ %2 بكسل</translation>
    </message>
    <message>
        <source>cannot draw “%1”: %2</source>
        <extracomment>%1 a file name, %2 the reason</extracomment>
        <translation>يتعذّر رسم «%1»: %2</translation>
    </message>
    <message>
        <source>cannot encode “%1”: %2</source>
        <extracomment>%1 a file name, %2 the reason from the image writer</extracomment>
        <translation>يتعذّر ترميز «%1»: %2</translation>
    </message>
    <message>
        <source>cannot save “%1”: %2</source>
        <extracomment>%1 a file name, %2 the reason from the system</extracomment>
        <translation>يتعذّر حفظ «%1»: %2</translation>
    </message>
    <message>
        <source>there is no such view</source>
        <translation>لا يوجد قسم بهذا الاسم</translation>
    </message>
</context>
<context>
    <name>FeaturedQuote</name>
    <message>
        <source>Featured quote</source>
        <extracomment>Accessible name of the rotating quote at the top of the Reviews view
----------
Label above the rotating quote at the top of the Reviews view</extracomment>
        <translation>اقتباس مميّز</translation>
    </message>
    <message>
        <source>. </source>
        <translation>. </translation>
    </message>
    <message>
        <source>Pause rotation</source>
        <extracomment>Button that stops the featured quotes from changing by themselves</extracomment>
        <translation>إيقاف التبديل</translation>
    </message>
    <message>
        <source>Play rotation</source>
        <extracomment>Button that lets the featured quotes change by themselves again</extracomment>
        <translation>استئناف التبديل</translation>
    </message>
    <message>
        <source>The featured quote changes every few seconds; Space pauses and plays.</source>
        <extracomment>Accessible description of the pause/play button</extracomment>
        <translation>يتبدّل الاقتباس المميّز كل بضع ثوانٍ؛ ومفتاح المسافة يوقفه ويستأنفه.</translation>
    </message>
    <message>
        <source>Previous quote</source>
        <extracomment>Button that shows the previous featured quote</extracomment>
        <translation>الاقتباس السابق</translation>
    </message>
    <message>
        <source>Next quote</source>
        <extracomment>Button that shows the next featured quote</extracomment>
        <translation>الاقتباس التالي</translation>
    </message>
    <message>
        <source> · </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>ترجمة</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Position in the featured quotes: %1 of %2</extracomment>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>No featured quotes</source>
        <extracomment>Shown where the featured quote would be when no quote is featured</extracomment>
        <translation>لا اقتباسات مميّزة</translation>
    </message>
    <message>
        <source>Sources</source>
        <extracomment>Heading above the link to the source of the featured quote (one or several)</extracomment>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>USD</source>
        <extracomment>Unit symbol for US dollars on a chart axis</extracomment>
        <translation>دولار</translation>
    </message>
    <message>
        <source>W</source>
        <extracomment>Unit symbol for watts</extracomment>
        <translation>واط</translation>
    </message>
    <message>
        <source>kg</source>
        <extracomment>Unit symbol for kilograms</extracomment>
        <translation>كغ</translation>
    </message>
    <message>
        <source>GB</source>
        <extracomment>Unit symbol for gigabytes</extracomment>
        <translation>جيجابايت</translation>
    </message>
    <message>
        <source>TFLOPS</source>
        <extracomment>Unit symbol for trillions of floating-point operations per second</extracomment>
        <translation>TFLOPS</translation>
    </message>
    <message>
        <source>%1 W</source>
        <extracomment>A power in watts, such as &quot;240 W&quot;</extracomment>
        <translation>%1 واط</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <extracomment>A weight in kilograms, such as &quot;1.2 kg&quot;</extracomment>
        <translation>%1 كغ</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <extracomment>An amount of memory in gigabytes, such as &quot;128 GB&quot;</extracomment>
        <translation>%1 جيجابايت</translation>
    </message>
    <message>
        <source>%1 TFLOPS</source>
        <extracomment>A compute rate in TFLOPS, such as &quot;170 TFLOPS&quot;</extracomment>
        <translation>%1 TFLOPS</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>A source: %1 title, %2 publisher, %3 date</extracomment>
        <translation>%1 (%2، %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A source: %1 title, %2 publisher or date</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A source in few words: %1 publisher, %2 date</extracomment>
        <translation>%1، %2</translation>
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
        <translation>%1، %2: %3</translation>
    </message>
</context>
<context>
    <name>HardwareDiagram</name>
    <message>
        <source>Hardware diagram</source>
        <extracomment>Accessible name of the illustrated breakdown of the machine</extracomment>
        <translation>مخطط العتاد</translation>
    </message>
    <message>
        <source>The parts of the machine. Use the arrow keys to move between parts and Enter to select one.</source>
        <extracomment>Accessible description of the hardware diagram</extracomment>
        <translation>أجزاء الجهاز. استخدم مفاتيح الأسهم للتنقل بين الأجزاء، ومفتاح Enter لتحديد أحدها.</translation>
    </message>
    <message>
        <source>%1 (approximate)</source>
        <extracomment>Accessible description of a part whose figure is approximate: %1 the figure</extracomment>
        <translation>%1 (تقريبي)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>Accessible description of a part: %1 its specification, %2 why it matters</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No parts to show</source>
        <extracomment>Shown where the hardware diagram would be when the content has no parts to draw</extracomment>
        <translation>لا أجزاء لعرضها</translation>
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
        <translation>الجزء</translation>
    </message>
    <message>
        <source>Specification</source>
        <extracomment>Column header of the spec table: its specification</extracomment>
        <translation>المواصفات</translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>Column header of the spec table: the group of parts it belongs to</extracomment>
        <translation>المجموعة</translation>
    </message>
</context>
<context>
    <name>HardwareView</name>
    <message>
        <source>Inside DGX Spark</source>
        <extracomment>Eyebrow above the headline of the Hardware view</extracomment>
        <translation>داخل DGX Spark</translation>
    </message>
    <message>
        <source>What’s in the box</source>
        <extracomment>Headline of the Hardware view</extracomment>
        <translation>ما تحويه العلبة</translation>
    </message>
    <message>
        <source>Every part, what it does and why it matters, and how far the desktop has come.</source>
        <extracomment>The line under the headline of the Hardware view</extracomment>
        <translation>كل جزء، وما يفعله، ولماذا يهمّ، وإلى أين وصل حاسوب المكتب.</translation>
    </message>
    <message>
        <source>Specifications</source>
        <extracomment>Page chip of the Hardware view: the table of specifications
----------
Accessible name of the spec table</extracomment>
        <translation>المواصفات</translation>
    </message>
    <message>
        <source>Then and now</source>
        <extracomment>Page chip of the Hardware view: DGX-1 of 2016 against DGX Spark</extracomment>
        <translation>الأمس واليوم</translation>
    </message>
    <message>
        <source>What fits in memory</source>
        <extracomment>Page chip of the Hardware view: which model sizes fit in memory</extracomment>
        <translation>ما تتّسع له الذاكرة</translation>
    </message>
</context>
<context>
    <name>IniFile</name>
    <message>
        <source>cannot read the file (%1); nothing in it is used</source>
        <extracomment>Kiosk settings problem; %1 the reason the system gives</extracomment>
        <translation>تعذّرت قراءة الملف (%1)؛ لا يُستخدم شيء منه</translation>
    </message>
    <message>
        <source>larger than %1 bytes, far more than any settings file; nothing in it is used</source>
        <extracomment>Kiosk settings problem; %1 the largest size allowed, in bytes</extracomment>
        <translation>أكبر من %1 بايت، أي أكبر بكثير من أي ملف إعدادات؛ لا يُستخدم شيء منه</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes; ignored</source>
        <extracomment>Kiosk settings problem; %1 the longest line allowed, in bytes</extracomment>
        <translation>السطر أطول من %1 بايت؛ تم تجاهله</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8; ignored</source>
        <extracomment>Kiosk settings problem: the file must be in UTF-8</extracomment>
        <translation>السطر ليس بترميز UTF-8 صالح؛ تم تجاهله</translation>
    </message>
    <message>
        <source>a group name without its closing ]; the keys up to the next group are ignored</source>
        <extracomment>Kiosk settings problem: a line such as &quot;[loop&quot; that opens a group name and does not close it</extracomment>
        <translation>اسم مجموعة بلا ] الإغلاق؛ يتم تجاهل المفاتيح حتى المجموعة التالية</translation>
    </message>
    <message>
        <source>text after the group&apos;s closing ], ignored</source>
        <extracomment>Kiosk settings problem: a line such as &quot;[loop] views&quot;</extracomment>
        <translation>نص بعد ] إغلاق المجموعة، تم تجاهله</translation>
    </message>
    <message>
        <source>expected “key = value”, a [group] or a comment; ignored</source>
        <extracomment>Kiosk settings problem: a line that the settings file cannot hold; keep &quot;key = value&quot; and &quot;[group]&quot; as they are</extracomment>
        <translation>المتوقَّع «key = value» أو [group] أو تعليق؛ تم تجاهله</translation>
    </message>
    <message>
        <source>a value without a key; ignored</source>
        <extracomment>Kiosk settings problem: a line such as &quot;= 30&quot;</extracomment>
        <translation>قيمة بلا مفتاح؛ تم تجاهلها</translation>
    </message>
    <message>
        <source>the line ends in a backslash, but a value cannot go on to the next line; the key is ignored</source>
        <extracomment>Kiosk settings problem: QSettings could continue a value on the next line after a backslash; this reader does not</extracomment>
        <translation>ينتهي السطر بشرطة مائلة عكسية، لكن القيمة لا يمكن أن تمتد إلى السطر التالي؛ تم تجاهل المفتاح</translation>
    </message>
    <message>
        <source>unknown escape “%1”; the key is ignored</source>
        <extracomment>Kiosk settings problem; %1 the escape found: a backslash and a letter</extracomment>
        <translation>تسلسل هروب غير معروف «%1»؛ تم تجاهل المفتاح</translation>
    </message>
    <message>
        <source>a quote that is not closed; the key is ignored</source>
        <extracomment>Kiosk settings problem: a value such as &quot;abc with no closing quote</extracomment>
        <translation>علامة تنصيص غير مغلقة؛ تم تجاهل المفتاح</translation>
    </message>
    <message>
        <source>“%1…” is a value in Qt&apos;s own encoding, which is not read; the key is ignored</source>
        <extracomment>Kiosk settings problem; %1 the start of the value, such as @Variant( or @ByteArray(; Qt writes values of its own types that way</extracomment>
        <translation>«%1…» قيمة بترميز Qt الخاص، وهو لا يُقرأ؛ تم تجاهل المفتاح</translation>
    </message>
    <message>
        <source>set again; this value replaces the one on line %1</source>
        <extracomment>Kiosk settings problem; %1 the line that set the key first</extracomment>
        <translation>مُعيَّن مرة أخرى؛ هذه القيمة تحل محل قيمة السطر %1</translation>
    </message>
</context>
<context>
    <name>KioskConfig</name>
    <message>
        <source>“%1” is not a whole number; expected %2 to %3, keeping %4</source>
        <extracomment>Kiosk settings problem; %1 the value found, %2 and %3 the allowed range, %4 the value kept instead</extracomment>
        <translation>«%1» ليس عددًا صحيحًا؛ المتوقَّع من %2 إلى %3، وتبقى القيمة %4</translation>
    </message>
    <message>
        <source>%1 is out of range; expected %2 to %3, keeping %4</source>
        <extracomment>Kiosk settings problem; %1 the number found, %2 and %3 the allowed range, %4 the default used instead</extracomment>
        <translation>%1 خارج النطاق؛ المتوقَّع من %2 إلى %3، وتبقى القيمة %4</translation>
    </message>
    <message>
        <source>“%1” is not true or false</source>
        <extracomment>Kiosk settings problem; %1 the value found</extracomment>
        <translation>«%1» ليست true ولا false</translation>
    </message>
    <message>
        <source>unknown key, ignored</source>
        <extracomment>Kiosk settings problem: a key the app does not know, probably a typo</extracomment>
        <translation>مفتاح غير معروف، تم تجاهله</translation>
    </message>
    <message>
        <source>unknown view “%1”, skipped; expected %2</source>
        <extracomment>Kiosk settings problem; %1 the name found, %2 the valid names</extracomment>
        <translation>قسم غير معروف «%1»، تم تخطّيه؛ المتوقَّع %2</translation>
    </message>
    <message>
        <source>“%1” is listed twice, skipped</source>
        <extracomment>Kiosk settings problem; %1 a view name listed twice</extracomment>
        <translation>«%1» مذكور مرتين، تم تخطّيه</translation>
    </message>
    <message>
        <source>no view left to show; showing every view</source>
        <translation>لم يبقَ قسم للعرض؛ تُعرض الأقسام كلها</translation>
    </message>
    <message>
        <source>unknown language “%1”, skipped; expected %2</source>
        <extracomment>Kiosk settings problem; %1 the code found, %2 the valid codes</extracomment>
        <translation>لغة غير معروفة «%1»، تم تخطّيها؛ المتوقَّع %2</translation>
    </message>
    <message>
        <source>unknown theme “%1”; expected %2, keeping %3</source>
        <extracomment>Kiosk settings problem; %1 the theme found, %2 the valid names, %3 the one kept</extracomment>
        <translation>سمة غير معروفة «%1»؛ المتوقَّع %2، وتبقى %3</translation>
    </message>
    <message>
        <source>%1 s is more than a third of the watchdog&apos;s %2 s threshold, so a working kiosk could be restarted; expected 1 to %3, keeping %4</source>
        <extracomment>Kiosk settings problem; %1 the interval found in seconds, %2 the watchdog&apos;s threshold in seconds, %3 the longest interval allowed, %4 the interval kept</extracomment>
        <translation>%1 ث أكثر من ثلث عتبة المراقب البالغة %2 ث، فقد يُعاد تشغيل شاشة عرض سليمة؛ المتوقَّع من 1 إلى %3، وتبقى القيمة %4</translation>
    </message>
    <message>
        <source>ignored with the whole [operator] section, because %1; the exit chord is off</source>
        <extracomment>Kiosk settings problem; %1 says who else can write the file; whoever can write it could set their own PIN</extracomment>
        <translation>تم تجاهله مع قسم [operator] كله، لأن %1؛ اختصار الخروج معطَّل</translation>
    </message>
    <message>
        <source>%1; the exit chord is off</source>
        <extracomment>Kiosk settings problem; %1 what is wrong with the PIN hash</extracomment>
        <translation>%1؛ اختصار الخروج معطَّل</translation>
    </message>
    <message>
        <source>this is the documentation&apos;s example, the PIN %1, which anyone can look up; set your own with spark-showcase --kiosk-hash-pin; the exit chord is off</source>
        <extracomment>Kiosk settings problem; %1 the example PIN of the documentation</extracomment>
        <translation>هذا هو مثال الوثائق، الرمز %1، الذي يمكن لأي أحد الاطلاع عليه؛ عيِّن رمزك بالأمر spark-showcase --kiosk-hash-pin؛ اختصار الخروج معطَّل</translation>
    </message>
    <message>
        <source>an old SALT:HEX hash, a single SHA-256 round that an offline guess breaks at once; still accepted, but hash the PIN again with spark-showcase --kiosk-hash-pin</source>
        <extracomment>Kiosk settings problem: the PIN is still accepted, but should be hashed again</extracomment>
        <translation>تجزئة SALT:HEX قديمة، جولة SHA-256 واحدة يكسرها التخمين دون اتصال فورًا؛ ما زالت مقبولة، لكن أعِد تجزئة الرمز بالأمر spark-showcase --kiosk-hash-pin</translation>
    </message>
</context>
<context>
    <name>LoadingState</name>
    <message>
        <source>Loading the hardware…</source>
        <extracomment>Shown in place of the hardware view while its content file is being read</extracomment>
        <translation>جارٍ تحميل العتاد…</translation>
    </message>
    <message>
        <source>Loading the timeline…</source>
        <extracomment>Shown in place of the timeline while its content file is being read</extracomment>
        <translation>جارٍ تحميل الخط الزمني…</translation>
    </message>
    <message>
        <source>Loading the partners…</source>
        <extracomment>Shown in place of the partner grid while its content file is being read</extracomment>
        <translation>جارٍ تحميل الشركاء…</translation>
    </message>
    <message>
        <source>Loading the reviews…</source>
        <extracomment>Shown in place of the quote wall while its content file is being read</extracomment>
        <translation>جارٍ تحميل المراجعات…</translation>
    </message>
    <message>
        <source>The content folder holds many items. They appear here as soon as they are read.</source>
        <extracomment>Beneath &quot;Loading the timeline…&quot; and the like, while a large content file is read</extracomment>
        <translation>يحتوي مجلد المحتوى على عناصر كثيرة. ستظهر هنا فور قراءتها.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message numerus="yes">
        <source>%n content file(s) checked: all valid.</source>
        <extracomment>--check-content summary; %n is the number of files checked</extracomment>
        <translation>
            <numerusform>لم يُفحص أي ملف محتوى.</numerusform>
            <numerusform>فُحص ملف محتوى واحد: صالح.</numerusform>
            <numerusform>فُحص ملفا محتوى: كلاهما صالح.</numerusform>
            <numerusform>فُحصت %Ln ملفات محتوى: كلها صالحة.</numerusform>
            <numerusform>فُحص %Ln ملفًا للمحتوى: كلها صالحة.</numerusform>
            <numerusform>فُحص %Ln ملف محتوى: كلها صالحة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <extracomment>--check-content summary; %n is the number of problems</extracomment>
        <translation>
            <numerusform>لم يُعثر على أي مشكلة.</numerusform>
            <numerusform>عُثر على مشكلة واحدة.</numerusform>
            <numerusform>عُثر على مشكلتين.</numerusform>
            <numerusform>عُثر على %Ln مشكلات.</numerusform>
            <numerusform>عُثر على %Ln مشكلة.</numerusform>
            <numerusform>عُثر على %Ln مشكلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>no view has an item “%1”</source>
        <extracomment>%1 is the id given to --item</extracomment>
        <translation>لا يحتوي أي قسم على العنصر «%1»</translation>
    </message>
    <message>
        <source>the %2 view has no item “%1”</source>
        <extracomment>%1 is the id given to --item, %2 the view name</extracomment>
        <translation>لا يحتوي القسم %2 على العنصر «%1»</translation>
    </message>
    <message>
        <source>Invalid content replaced by the bundled files: %1. Run spark-showcase --check-content to see why.</source>
        <extracomment>%1 lists content files that were invalid</extracomment>
        <translation>استُبدل المحتوى غير الصالح بالملفات المضمَّنة: %1. شغّل spark-showcase --check-content لمعرفة السبب.</translation>
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
        <translation>عرض %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Export Current View…</source>
        <translation>&amp;تصدير القسم الحالي…</translation>
    </message>
    <message>
        <source>Save the view shown as a picture or document, at any size</source>
        <translation>حفظ القسم المعروض صورةً أو مستندًا، بأي مقاس</translation>
    </message>
    <message>
        <source>Export &amp;All Views…</source>
        <translation>تصدير &amp;كل الأقسام…</translation>
    </message>
    <message>
        <source>Save every view as pictures or documents, in one or more languages</source>
        <translation>حفظ كل الأقسام صورًا أو مستندات، بلغة واحدة أو أكثر</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Copy View as Image</source>
        <translation>&amp;نسخ القسم كصورة</translation>
    </message>
    <message>
        <source>Put a picture of the view shown on the clipboard</source>
        <translation>وضع صورة للقسم المعروض في الحافظة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Next View</source>
        <translation>القسم ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Previous View</source>
        <translation>القسم السا&amp;بق</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>ال&amp;سمة</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;داكنة</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;فاتحة</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <extracomment>A theme with the strongest contrast between text and background</extracomment>
        <translation>&amp;تباين عالٍ</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <source>&amp;Reduce Motion</source>
        <extracomment>Stops animations and the rotation of featured quotes</extracomment>
        <translation>تقليل ال&amp;حركة</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>ملء ال&amp;شاشة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;About Spark Showcase</source>
        <translation>&amp;حول Spark Showcase</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>حول &amp;Qt</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>The button that stops a running export, in its progress dialog</extracomment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>جارٍ تحضير التصدير…</translation>
    </message>
    <message>
        <source>Drawing %1 in %2, file %3 of %4…</source>
        <extracomment>Export progress; %1 a view title, %2 a language name, %3 and %4 numbers</extracomment>
        <translation>جارٍ رسم %1 بلغة %2، الملف %3 من %4…</translation>
    </message>
    <message numerus="yes">
        <source>Files exported to %1: %n.</source>
        <extracomment>%n files were saved into the folder %1</extracomment>
        <translation>
            <numerusform>لم يُصدَّر أي ملف إلى %1.</numerusform>
            <numerusform>صُدِّر ملف واحد إلى %1.</numerusform>
            <numerusform>صُدِّر ملفان إلى %1.</numerusform>
            <numerusform>صُدِّرت %Ln ملفات إلى %1.</numerusform>
            <numerusform>صُدِّر %Ln ملفًا إلى %1.</numerusform>
            <numerusform>صُدِّر %Ln ملف إلى %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export canceled. Files saved: %n.</source>
        <extracomment>%n files were saved before the export was canceled</extracomment>
        <translation>
            <numerusform>أُلغي التصدير. لم يُحفظ أي ملف.</numerusform>
            <numerusform>أُلغي التصدير. حُفظ ملف واحد.</numerusform>
            <numerusform>أُلغي التصدير. حُفظ ملفان.</numerusform>
            <numerusform>أُلغي التصدير. حُفظت %Ln ملفات.</numerusform>
            <numerusform>أُلغي التصدير. حُفظ %Ln ملفًا.</numerusform>
            <numerusform>أُلغي التصدير. حُفظ %Ln ملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export did not finish.</source>
        <translation>لم يكتمل التصدير.</translation>
    </message>
    <message numerus="yes">
        <source>Files saved before it stopped: %n.</source>
        <extracomment>After the reason an export failed; %n files had been saved before</extracomment>
        <translation>
            <numerusform>لم يُحفظ أي ملف قبل توقّفه.</numerusform>
            <numerusform>حُفظ ملف واحد قبل توقّفه.</numerusform>
            <numerusform>حُفظ ملفان قبل توقّفه.</numerusform>
            <numerusform>حُفظت %Ln ملفات قبل توقّفه.</numerusform>
            <numerusform>حُفظ %Ln ملفًا قبل توقّفه.</numerusform>
            <numerusform>حُفظ %Ln ملف قبل توقّفه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the %1 view to the clipboard.</source>
        <extracomment>%1 is a view title</extracomment>
        <translation>نُسخ قسم %1 إلى الحافظة.</translation>
    </message>
    <message>
        <source>Views</source>
        <extracomment>Accessible name of the tabs that hold the four views</extracomment>
        <translation>طرق العرض</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <extracomment>Edit menu: focuses and selects the search field of the view shown</extracomment>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>Search the view shown</source>
        <translation>ابحث في القسم المعروض</translation>
    </message>
</context>
<context>
    <name>MemoryFitChart</name>
    <message>
        <source>%1 at %2: %3</source>
        <extracomment>Tooltip on a bar of the memory chart: %1 model size, %2 precision, %3 memory</extracomment>
        <translation>%1 بدقة %2: %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>The label of a reference line on the memory chart: %1 &quot;One DGX Spark&quot;, %2 &quot;128 GB&quot;</extracomment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A note under the memory chart: %1 a model size such as &quot;70B&quot;, %2 what it stands for</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Weights, %1</source>
        <extracomment>Title of the value axis of the memory chart</extracomment>
        <translation>الأوزان، %1</translation>
    </message>
    <message>
        <source>Weights only. The KV cache and activations need memory on top, so what runs in practice is smaller.</source>
        <extracomment>Under the memory chart: the bars show weights only</extracomment>
        <translation>الأوزان وحدها. تحتاج ذاكرة KV المؤقتة والتنشيطات إلى ذاكرة إضافية، لذا فما يعمل فعليًا أصغر.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>المصادر: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>What fits in memory</source>
        <translation>ما تتّسع له الذاكرة</translation>
    </message>
</context>
<context>
    <name>PartDetailCard</name>
    <message>
        <source>Explore</source>
        <extracomment>Eyebrow of the detail card before a part is chosen</extracomment>
        <translation>استكشف</translation>
    </message>
    <message>
        <source>Pick a part</source>
        <extracomment>Heading of the detail card before a part is chosen</extracomment>
        <translation>اختر جزءًا</translation>
    </message>
    <message>
        <source>Touch a part of the drawing or a row of the table, or move with the arrow keys, to see what it is, why it matters and where the figure comes from.</source>
        <extracomment>The detail card before a part is chosen: how to choose one</extracomment>
        <translation>المس جزءًا من الرسم أو صفًا من الجدول، أو تنقّل بمفاتيح الأسهم، لتعرف ما هو ولماذا يهمّ ومن أين جاء الرقم.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <extracomment>Under a fact: where it comes from. %1 is a citation</extracomment>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <extracomment>Under a fact: where it comes from. %1 is a list of citations</extracomment>
        <translation>المصادر: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>Approximate</source>
        <extracomment>Read out for a figure that is approximate
----------
Tag on a figure whose sources are weak</extracomment>
        <translation>تقريبي</translation>
    </message>
    <message>
        <source>Sources</source>
        <extracomment>Heading above the links to the sources of a part (one or several)</extracomment>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
</context>
<context>
    <name>PartialDate</name>
    <message>
        <source>“%1” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>«%1» ليس تاريخًا؛ اكتب YYYY أو YYYY-MM أو YYYY-MM-DD</translation>
    </message>
    <message>
        <source>year %1 is outside %2 to %3</source>
        <translation>السنة %1 خارج النطاق من %2 إلى %3</translation>
    </message>
    <message>
        <source>month %1 does not exist</source>
        <translation>الشهر %1 غير موجود</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar</source>
        <translation>التاريخ %1 ليس يومًا في التقويم</translation>
    </message>
</context>
<context>
    <name>PartnerDetailPane</name>
    <message>
        <source>Partner details</source>
        <extracomment>Accessible name of the partner detail pane when no partner is selected</extracomment>
        <translation>تفاصيل الشريك</translation>
    </message>
    <message>
        <source>All partners</source>
        <extracomment>Eyebrow of the partner detail pane when nothing is selected, above the number of partners</extracomment>
        <translation>كل الشركاء</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A category and how many partners it has, in the detail pane overview</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose a tile, or type a name, to see what a partner does with DGX Spark.</source>
        <extracomment>Hint in the partner detail pane when no partner is selected</extracomment>
        <translation>اختر بطاقة أو اكتب اسمًا لتعرف ما يفعله الشريك مع DGX Spark.</translation>
    </message>
    <message>
        <source>With DGX Spark</source>
        <extracomment>Heading in the partner detail pane: what the partner does with DGX Spark</extracomment>
        <translation>مع DGX Spark</translation>
    </message>
    <message>
        <source>Place</source>
        <extracomment>Heading in the partner detail pane: where the partner is</extracomment>
        <translation>المكان</translation>
    </message>
    <message>
        <source>People</source>
        <extracomment>Heading in the partner detail pane: the people named with the partner</extracomment>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Approximate</source>
        <extracomment>Marks a partner fact that rests on weak sources</extracomment>
        <translation>تقريبي</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <extracomment>%1 the sources of a partner fact, one per line</extracomment>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <extracomment>Heading above the links to the sources of a partner (one or several)</extracomment>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
</context>
<context>
    <name>PartnerEmptyState</name>
    <message>
        <source>No partner in this category</source>
        <extracomment>Shown over the partner grid when a category has no partners</extracomment>
        <translation>لا شركاء في هذه الفئة</translation>
    </message>
    <message>
        <source>No partner matches “%1”</source>
        <extracomment>Shown over the partner grid when the search finds nothing; %1 the search text</extracomment>
        <translation>لا شريك يطابق «%1»</translation>
    </message>
    <message>
        <source>Clear search</source>
        <extracomment>Button in the empty partner grid that clears the search (and the category filter)</extracomment>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <source>Show all partners</source>
        <translation>عرض كل الشركاء</translation>
    </message>
    <message>
        <source>Try another spelling, another category, or clear the search.</source>
        <extracomment>Accessible description of the empty partner grid</extracomment>
        <translation>جرّب تهجئة أخرى أو فئة أخرى، أو امسح البحث.</translation>
    </message>
</context>
<context>
    <name>PartnersView</name>
    <message>
        <source>Partners</source>
        <extracomment>Eyebrow above the Partners view&apos;s headline
----------
Accessible name of the grid of partner tiles</extracomment>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Who builds, sells and uses it</source>
        <extracomment>Headline of the Partners view</extracomment>
        <translation>من يصنعه ويبيعه ويستخدمه</translation>
    </message>
    <message>
        <source>System makers, chip partners, software, labs, studios and shops: choose one to see what they do with DGX Spark.</source>
        <extracomment>The line under the Partners headline</extracomment>
        <translation>صانعو الأنظمة وشركاء الرقائق والبرمجيات والمختبرات والاستوديوهات والمتاجر: اختر أحدهم لتعرف ما يفعله مع DGX Spark.</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>First chip of the partner category filter</extracomment>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <extracomment>Accessible name of the partner category chips</extracomment>
        <translation>التصفية حسب الفئة</translation>
    </message>
    <message>
        <source>Search partners</source>
        <extracomment>Placeholder of the partner search field</extracomment>
        <translation>ابحث عن شريك</translation>
    </message>
    <message>
        <source>Finds partners by name, product, place or people; case and accents do not matter.</source>
        <extracomment>Accessible description of the partner search field</extracomment>
        <translation>يبحث عن الشركاء بالاسم أو المنتج أو المكان أو الأشخاص؛ ولا تهمّ حالة الأحرف ولا علامات التشكيل.</translation>
    </message>
    <message>
        <source>One tile per partner. Arrow keys move between tiles; typing starts a search.</source>
        <extracomment>Accessible description of the grid of partner tiles</extracomment>
        <translation>بطاقة لكل شريك. تتنقّل مفاتيح الأسهم بين البطاقات؛ والكتابة تبدأ البحث.</translation>
    </message>
</context>
<context>
    <name>PathTrust</name>
    <message>
        <source>cannot check %1: %2</source>
        <extracomment>Kiosk file check; %1 a path, %2 the reason the system gives</extracomment>
        <translation>تعذّر فحص %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <extracomment>Kiosk file check; %1 a path</extracomment>
        <translation>%1 ليس مجلدًا</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <extracomment>Kiosk file check; %1 a path</extracomment>
        <translation>%1 مجلد وليس ملفًا</translation>
    </message>
    <message>
        <source>%1 belongs to user %2, neither root nor the kiosk&apos;s user %3</source>
        <extracomment>Kiosk file check; %1 a path, %2 and %3 user ids</extracomment>
        <translation>%1 يملكه المستخدم %2، وهو ليس root ولا مستخدم شاشة العرض %3</translation>
    </message>
    <message>
        <source>%1 can be written by others than its owner and root (mode %2)</source>
        <extracomment>Kiosk file check; %1 a path, %2 its permissions in octal such as 0666</extracomment>
        <translation>يمكن لغير مالكه وroot الكتابة في %1 (الوضع %2)</translation>
    </message>
    <message>
        <source>cannot make the folder %1: %2</source>
        <extracomment>Kiosk file check; %1 a folder, %2 the reason the system gives</extracomment>
        <translation>تعذّر إنشاء المجلد %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>Kiosk file check; %1 a path, %2 the reason the system gives</extracomment>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>PinHash</name>
    <message>
        <source>not a PIN hash; expected pbkdf2-sha256$ITERATIONS$SALT$HASH as spark-showcase --kiosk-hash-pin prints it</source>
        <extracomment>Kiosk settings problem; keep the placeholders ITERATIONS, SALT and HASH and the option name as they are</extracomment>
        <translation>ليس تجزئة رمز؛ المتوقَّع pbkdf2-sha256$ITERATIONS$SALT$HASH كما يطبعها spark-showcase --kiosk-hash-pin</translation>
    </message>
    <message>
        <source>“%1” is not an iteration count from 1 to %2</source>
        <extracomment>Kiosk settings problem; %1 the value found, %2 the largest count accepted</extracomment>
        <translation>«%1» ليس عدد تكرارات من 1 إلى %2</translation>
    </message>
    <message>
        <source>%1 iterations are too few to slow down a guess; at least %2, hash the PIN again with spark-showcase --kiosk-hash-pin</source>
        <extracomment>Kiosk settings problem; %1 the iterations found, %2 the fewest accepted</extracomment>
        <translation>%1 تكرار أقل من أن يُبطئ التخمين؛ المطلوب %2 على الأقل، أعِد تجزئة الرمز بالأمر spark-showcase --kiosk-hash-pin</translation>
    </message>
    <message>
        <source>the salt is not base64 of at least %1 bytes</source>
        <extracomment>Kiosk settings problem; %1 the smallest salt size in bytes</extracomment>
        <translation>الملح ليس base64 بطول %1 بايت على الأقل</translation>
    </message>
    <message>
        <source>the hash is not base64 of %1 bytes</source>
        <extracomment>Kiosk settings problem; %1 the size of the hash in bytes</extracomment>
        <translation>التجزئة ليست base64 بطول %1 بايت</translation>
    </message>
    <message>
        <source>the PIN may hold only the digits 0 to 9, the keys of the keypad</source>
        <extracomment>--kiosk-hash-pin refuses a PIN; the on-screen keypad has only digits</extracomment>
        <translation>لا يحوي الرمز إلا الأرقام من 0 إلى 9، وهي مفاتيح لوحة الأرقام</translation>
    </message>
    <message>
        <source>the PIN needs %1 to %2 digits</source>
        <extracomment>--kiosk-hash-pin refuses a PIN; %1 and %2 the fewest and most digits</extracomment>
        <translation>يحتاج الرمز إلى %1 إلى %2 أرقام</translation>
    </message>
    <message>
        <source>%1 is the example PIN of the documentation, which the kiosk never accepts</source>
        <extracomment>--kiosk-hash-pin refuses a PIN; %1 the example PIN of the documentation</extracomment>
        <translation>%1 هو رمز المثال في الوثائق، ولا تقبله شاشة العرض أبدًا</translation>
    </message>
    <message>
        <source>one digit repeated or a straight run of digits is among the first PINs anyone tries</source>
        <extracomment>--kiosk-hash-pin refuses a PIN such as 0000 or 4567</extracomment>
        <translation>تكرار رقم واحد أو تسلسل أرقام متتالية من أول الرموز التي يجرّبها أي أحد</translation>
    </message>
</context>
<context>
    <name>PinOverlay</name>
    <message>
        <source>Wrong PIN. Try again.</source>
        <extracomment>Kiosk operator exit: shown after a wrong PIN</extracomment>
        <translation>رمز خاطئ. حاول مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <extracomment>Kiosk operator exit: accessible text of the PIN field; %n digits typed so far</extracomment>
        <translation>
            <numerusform>لم يُدخَل أي رقم</numerusform>
            <numerusform>أُدخل رقم واحد</numerusform>
            <numerusform>أُدخل رقمان</numerusform>
            <numerusform>أُدخلت %Ln أرقام</numerusform>
            <numerusform>أُدخل %Ln رقمًا</numerusform>
            <numerusform>أُدخل %Ln رقم</numerusform>
        </translation>
    </message>
    <message>
        <source>Operator exit</source>
        <extracomment>Kiosk operator exit: title of the panel that asks for the PIN
----------
Kiosk operator exit: accessible name of the PIN panel</extracomment>
        <translation>خروج المشغّل</translation>
    </message>
    <message>
        <source>Enter the PIN to leave kiosk mode.</source>
        <extracomment>Kiosk operator exit: asks for the operator PIN</extracomment>
        <translation>أدخل الرمز لمغادرة وضع شاشة العرض.</translation>
    </message>
    <message>
        <source>Erase</source>
        <extracomment>Kiosk operator exit keypad: erases the last digit</extracomment>
        <translation>مسح</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Kiosk operator exit keypad: submits the PIN</extracomment>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Kiosk operator exit: closes the PIN panel and stays in kiosk mode</extracomment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Digit %1</source>
        <extracomment>Kiosk operator exit keypad: accessible name of a digit key; %1 the digit</extracomment>
        <translation>الرقم %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <extracomment>Kiosk operator exit: shown after several wrong PINs in a row; %n seconds until the keypad takes digits again</extracomment>
        <translation>
            <numerusform>رموز خاطئة كثيرة. حاول مرة أخرى الآن.</numerusform>
            <numerusform>رموز خاطئة كثيرة. حاول مرة أخرى بعد ثانية واحدة.</numerusform>
            <numerusform>رموز خاطئة كثيرة. حاول مرة أخرى بعد ثانيتين.</numerusform>
            <numerusform>رموز خاطئة كثيرة. حاول مرة أخرى بعد %Ln ثوانٍ.</numerusform>
            <numerusform>رموز خاطئة كثيرة. حاول مرة أخرى بعد %Ln ثانية.</numerusform>
            <numerusform>رموز خاطئة كثيرة. حاول مرة أخرى بعد %Ln ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <extracomment>Kiosk operator exit: shown while the PIN typed is being checked</extracomment>
        <translation>جارٍ التحقق من الرمز…</translation>
    </message>
</context>
<context>
    <name>PinPrompt</name>
    <message>
        <source>Operator PIN (4 to 12 digits, not shown): </source>
        <extracomment>--kiosk-hash-pin: asks for the PIN, which is not shown as it is typed</extracomment>
        <translation>رمز المشغّل (من 4 إلى 12 رقمًا، لا يظهر): </translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <extracomment>--kiosk-hash-pin: asks for the same PIN a second time</extracomment>
        <translation>الرمز نفسه مرة أخرى: </translation>
    </message>
    <message>
        <source>no PIN read twice; nothing printed</source>
        <extracomment>--kiosk-hash-pin: the input ended before two PINs were read</extracomment>
        <translation>لم يُقرأ رمز مرتين؛ لم يُطبع شيء</translation>
    </message>
    <message>
        <source>the two PINs differ; nothing printed</source>
        <extracomment>--kiosk-hash-pin: the two entries differ</extracomment>
        <translation>الرمزان مختلفان؛ لم يُطبع شيء</translation>
    </message>
    <message>
        <source>%1; nothing printed</source>
        <extracomment>--kiosk-hash-pin refuses a PIN; %1 the reason</extracomment>
        <translation>%1؛ لم يُطبع شيء</translation>
    </message>
    <message>
        <source>Put this line in the [operator] section of the kiosk settings.</source>
        <extracomment>--kiosk-hash-pin: after the line is printed</extracomment>
        <translation>ضع هذا السطر في قسم [operator] من إعدادات شاشة العرض.</translation>
    </message>
</context>
<context>
    <name>QrTile</name>
    <message>
        <source>QR code of the source</source>
        <extracomment>Accessible name of the QR code on a card in kiosk mode</extracomment>
        <translation>رمز QR للمصدر</translation>
    </message>
    <message>
        <source>Scan it with a phone camera to open %1</source>
        <extracomment>Accessible description of a QR code; %1 is the web address it holds</extracomment>
        <translation>امسحه بكاميرا الهاتف لفتح %1</translation>
    </message>
</context>
<context>
    <name>QuoteCard</name>
    <message>
        <source>Translation</source>
        <extracomment>Marks the line beneath a quote as a translation of its original words</extracomment>
        <translation>ترجمة</translation>
    </message>
    <message>
        <source>From “%1”</source>
        <extracomment>The headline of the review a quote comes from; %1 the headline</extracomment>
        <translation>من «%1»</translation>
    </message>
    <message>
        <source>approximate</source>
        <extracomment>Marks a quote whose date or attribution rests on weak sources</extracomment>
        <translation>تقريبي</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates date, kind and notes under a quote</extracomment>
        <translation>، </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <extracomment>%1 the sources of a quote, one per line</extracomment>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>positive</source>
        <extracomment>The tone of a quote, read out by screen readers</extracomment>
        <translation>إيجابية</translation>
    </message>
    <message>
        <source>measured</source>
        <extracomment>The tone of a quote, read out by screen readers</extracomment>
        <translation>متوازنة</translation>
    </message>
    <message>
        <source>critical</source>
        <extracomment>The tone of a quote, read out by screen readers</extracomment>
        <translation>ناقدة</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Tone: %1</source>
        <extracomment>Screen reader text: %1 the tone of a quote (positive, measured, critical)</extracomment>
        <translation>النبرة: %1</translation>
    </message>
    <message>
        <source>Award: %1</source>
        <extracomment>Screen reader text: %1 an award the reviewer gave</extracomment>
        <translation>الجائزة: %1</translation>
    </message>
    <message>
        <source>Translation: %1</source>
        <extracomment>Screen reader text: %1 the translation of a quote</extracomment>
        <translation>الترجمة: %1</translation>
    </message>
    <message>
        <source>. </source>
        <extracomment>Joins the parts of what a screen reader says about a quote card</extracomment>
        <translation>. </translation>
    </message>
    <message>
        <source>Enter opens the source, %1</source>
        <extracomment>Screen reader text on a quote card: %1 the web address of its source</extracomment>
        <translation>يفتح مفتاح Enter المصدر، %1</translation>
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
        <translation>المراجعات</translation>
    </message>
    <message>
        <source>What reviewers said</source>
        <extracomment>Headline of the Reviews view</extracomment>
        <translation>ماذا قال المراجعون</translation>
    </message>
    <message>
        <source>In their own words: the praise, the measured verdicts and the criticism, each with its source.</source>
        <extracomment>The line under the Reviews headline</extracomment>
        <translation>بكلماتهم هم: الثناء والأحكام المتوازنة والنقد، كلٌّ مع مصدره.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <extracomment>First chip of the kind filter: every kind of quote</extracomment>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>All outlets</source>
        <extracomment>First chip of the outlet filter: every outlet and author</extracomment>
        <translation>كل الناشرين</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <extracomment>Accessible name of the filter chips by kind (reviews, videos, social posts, press)</extracomment>
        <translation>التصفية حسب النوع</translation>
    </message>
    <message>
        <source>Filter by outlet</source>
        <extracomment>Accessible name of the filter chips by outlet or author</extracomment>
        <translation>التصفية حسب الناشر</translation>
    </message>
    <message>
        <source>Quote wall</source>
        <extracomment>Accessible name of the wall of quote cards</extracomment>
        <translation>جدار الاقتباسات</translation>
    </message>
    <message>
        <source>Every quote with its outlet, date and source, in reading order. Arrow keys move between quotes.</source>
        <extracomment>Accessible description of the wall of quote cards</extracomment>
        <translation>كل اقتباس مع ناشره وتاريخه ومصدره، بترتيب القراءة. تتنقّل مفاتيح الأسهم بين الاقتباسات.</translation>
    </message>
    <message>
        <source>No quote matches these filters. Choose “All kinds” or “All outlets” to see more.</source>
        <extracomment>Shown on the quote wall when the filters leave nothing</extracomment>
        <translation>لا اقتباس يطابق عوامل التصفية هذه. اختر «كل الأنواع» أو «كل الناشرين» لترى المزيد.</translation>
    </message>
    <message>
        <source>Search quotes</source>
        <extracomment>Placeholder of the quote search field</extracomment>
        <translation>ابحث في الاقتباسات</translation>
    </message>
    <message>
        <source>Finds quotes by their words, outlet or author; case and accents do not matter.</source>
        <extracomment>Accessible description of the quote search field</extracomment>
        <translation>يبحث عن الاقتباسات بكلماتها أو ناشرها أو كاتبها؛ ولا تهمّ حالة الأحرف ولا علامات التشكيل.</translation>
    </message>
    <message>
        <source>No quote matches “%1” with these filters. Empty the search, or choose “All kinds” or “All outlets”, to see more.</source>
        <extracomment>Shown on the quote wall when the search and filters leave nothing; %1 is the search</extracomment>
        <translation>لا اقتباس يطابق «%1» مع عوامل التصفية هذه. أفرغ البحث، أو اختر «كل الأنواع» أو «كل الناشرين» لترى المزيد.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <extracomment>Accessible name of the magnifier icon in a search field</extracomment>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Clear search</source>
        <extracomment>Accessible name of the button that empties a search field</extracomment>
        <translation>مسح البحث</translation>
    </message>
</context>
<context>
    <name>SourceLink</name>
    <message>
        <source>Opens %1 in the browser</source>
        <extracomment>Accessible description and tooltip of a source link; %1 is its web address</extracomment>
        <translation>يفتح %1 في المتصفح</translation>
    </message>
</context>
<context>
    <name>SourceModel</name>
    <message>
        <source>Link to %1</source>
        <extracomment>Read out for a source in the About box: %1 its web address</extracomment>
        <translation>رابط إلى %1</translation>
    </message>
</context>
<context>
    <name>SpecTableDelegate</name>
    <message>
        <source>Approximate</source>
        <extracomment>Tag in the spec table on a figure whose sources are weak</extracomment>
        <translation>تقريبي</translation>
    </message>
</context>
<context>
    <name>TimelineDetailCard</name>
    <message>
        <source>Event details</source>
        <extracomment>Accessible name of the detail card before an event is chosen</extracomment>
        <translation>تفاصيل الحدث</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A fact on the detail card for a screen reader: %1 label (&quot;Where&quot;), %2 value</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Category and era of an event, as one line: %1 category, %2 era</extracomment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1, approximate</source>
        <extracomment>A date and its &quot;approximate&quot; mark, for a screen reader</extracomment>
        <translation>%1، تقريبي</translation>
    </message>
    <message>
        <source>One event</source>
        <extracomment>Top line of the detail card before an event is chosen, when the timeline shows one</extracomment>
        <translation>حدث واحد</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>لا أحداث</numerusform>
            <numerusform>حدث واحد</numerusform>
            <numerusform>حدثان</numerusform>
            <numerusform>%Ln أحداث</numerusform>
            <numerusform>%Ln حدثًا</numerusform>
            <numerusform>%Ln حدث</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an event</source>
        <extracomment>Heading of the detail card before an event is chosen</extracomment>
        <translation>اختر حدثًا</translation>
    </message>
    <message>
        <source>Each one tells what happened, where and with whom, in their own words where there is a quote, and where the facts come from.</source>
        <extracomment>Introduction on the detail card before an event is chosen</extracomment>
        <translation>يروي كل حدث ما جرى، وأين، ومع من، بكلمات أصحابه حيث يوجد اقتباس، ومن أين جاءت المعلومات.</translation>
    </message>
    <message>
        <source>Getting around</source>
        <extracomment>Heading on the introduction card: how to use the timeline</extracomment>
        <translation>التنقّل</translation>
    </message>
    <message>
        <source>Tap or click an event, or use the arrow keys, Home and End. Zoom with plus and minus, a pinch, or Ctrl and the wheel. Drag to travel through time.</source>
        <extracomment>How to use the timeline, on the introduction card</extracomment>
        <translation>انقر حدثًا أو المسه، أو استخدم مفاتيح الأسهم وHome وEnd. كبّر وصغّر بمفتاحَي الزائد والناقص، أو بضمّ الإصبعين، أو بمفتاح Ctrl مع العجلة. اسحب لتنتقل عبر الزمن.</translation>
    </message>
    <message>
        <source>Known to the day</source>
        <extracomment>Legend: a filled dot on the axis</extracomment>
        <translation>معروف باليوم</translation>
    </message>
    <message>
        <source>Known to the month: the bar spans the days it may have happened on</source>
        <extracomment>Legend: a ring with a bar on the axis</extracomment>
        <translation>معروف بالشهر: يمتد الشريط على الأيام التي ربما وقع فيها</translation>
    </message>
    <message>
        <source>Years without events, folded to save room</source>
        <extracomment>Legend: the hatched fold in the axis</extracomment>
        <translation>سنوات بلا أحداث، مطويّة لتوفير المساحة</translation>
    </message>
    <message>
        <source>Between %1 and %2</source>
        <extracomment>Under a date known only to the month: %1 and %2 are the first and last possible days</extracomment>
        <translation>بين %1 و%2</translation>
    </message>
    <message>
        <source>The exact day is not recorded</source>
        <extracomment>Under a date known only to the month or year</extracomment>
        <translation>اليوم بالتحديد غير مسجَّل</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>— %1</source>
        <extracomment>Who said a quote, beneath it; %1 is the person</extracomment>
        <translation>— %1</translation>
    </message>
    <message>
        <source>Translation</source>
        <extracomment>Marks the translation beneath a quote shown in its original language</extracomment>
        <translation>ترجمة</translation>
    </message>
    <message>
        <source>Sources</source>
        <extracomment>Heading above the sources of an event (one or several)</extracomment>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Approximate</source>
        <extracomment>A mark next to a date whose fact is not well sourced</extracomment>
        <translation>تقريبي</translation>
    </message>
    <message>
        <source>No events</source>
        <extracomment>Top line of the detail card when the search leaves no event</extracomment>
        <translation>لا أحداث</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <extracomment>Heading of the detail card when the search leaves no event; %1 is the search</extracomment>
        <translation>لا شيء يطابق «%1»</translation>
    </message>
    <message>
        <source>Empty the search, or choose “All events”, to see every event again.</source>
        <extracomment>On the detail card when the search and the category chips leave no event</extracomment>
        <translation>أفرغ البحث، أو اختر «كل الأحداث»، لترى كل الأحداث من جديد.</translation>
    </message>
</context>
<context>
    <name>TimelineItemView</name>
    <message>
        <source>Timeline events</source>
        <extracomment>Accessible name of the timeline&apos;s list of events</extracomment>
        <translation>أحداث الخط الزمني</translation>
    </message>
    <message>
        <source>Left and right arrows move between events; plus and minus zoom.</source>
        <extracomment>Accessible description of the timeline&apos;s list of events</extracomment>
        <translation>ينقلك السهمان الأيمن والأيسر بين الأحداث؛ ويكبّر الزائد والناقص ويصغّران.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>The first and the last year hidden by a fold in the time axis</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>No events in these categories</source>
        <extracomment>Shown on the timeline when no event matches the chosen categories</extracomment>
        <translation>لا أحداث في هذه الفئات</translation>
    </message>
    <message>
        <source>No events to show</source>
        <translation>لا أحداث لعرضها</translation>
    </message>
    <message>
        <source>Choose another category, or all events.</source>
        <extracomment>Beneath &quot;No events in these categories&quot;</extracomment>
        <translation>اختر فئة أخرى، أو كل الأحداث.</translation>
    </message>
    <message>
        <source>one year</source>
        <extracomment>Beneath a fold in the time axis that hides a single year without events</extracomment>
        <translation>سنة واحدة</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>لا سنوات</numerusform>
            <numerusform>سنة واحدة</numerusform>
            <numerusform>سنتان</numerusform>
            <numerusform>%Ln سنوات</numerusform>
            <numerusform>%Ln سنة</numerusform>
            <numerusform>%Ln سنة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (approximate)</source>
        <extracomment>A date on a timeline card whose fact is uncertain; %1 is the date</extracomment>
        <translation>%1 (تقريبي)</translation>
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
        <translation>الحكاية حتى الآن</translation>
    </message>
    <message>
        <source>How DGX Spark came to be</source>
        <extracomment>Headline of the Timeline view</extracomment>
        <translation>كيف وُلد DGX Spark</translation>
    </message>
    <message>
        <source>A real time axis: quiet years fold away, and the busiest days open up so that every event can be read.</source>
        <extracomment>The line under the Timeline view&apos;s headline</extracomment>
        <translation>محور زمني حقيقي: تنطوي السنوات الهادئة، وتتّسع الأيام الأكثر ازدحامًا لتُقرأ كل الأحداث.</translation>
    </message>
    <message>
        <source>All events</source>
        <extracomment>The filter chip that shows events of every category</extracomment>
        <translation>كل الأحداث</translation>
    </message>
    <message>
        <source>Search events</source>
        <extracomment>Placeholder of the timeline&apos;s search field</extracomment>
        <translation>ابحث في الأحداث</translation>
    </message>
    <message>
        <source>Finds events by their title, place, people or story; case and accents do not matter.</source>
        <extracomment>Accessible description of the timeline&apos;s search field</extracomment>
        <translation>يبحث عن الأحداث بعنوانها أو مكانها أو أشخاصها أو قصتها؛ ولا تهمّ حالة الأحرف ولا علامات التشكيل.</translation>
    </message>
</context>
<context>
    <name>ViewRegistry</name>
    <message>
        <source>Hardware</source>
        <extracomment>Tab title: the parts and specifications of DGX Spark</extracomment>
        <translation>العتاد</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>Tab title: the history from DGX-1 (2016) to DGX Spark (2025)</extracomment>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Partners</source>
        <extracomment>Tab title: companies and labs that build, sell or use DGX Spark</extracomment>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Reviews</source>
        <extracomment>Tab title: what reviewers said</extracomment>
        <translation>المراجعات</translation>
    </message>
</context>
<context>
    <name>ViewRenderer</name>
    <message>
        <source>cannot start a PDF document</source>
        <translation>يتعذّر بدء مستند PDF</translation>
    </message>
    <message>
        <source>cannot start an SVG document</source>
        <translation>يتعذّر بدء مستند SVG</translation>
    </message>
</context>
</TS>
