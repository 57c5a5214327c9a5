<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Spark Showcase</source>
        <extracomment>Title of the About dialog</extracomment>
        <translation>关于 Spark Showcase</translation>
    </message>
    <message>
        <source>Spark Showcase</source>
        <translation>Spark Showcase</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Version %1

The story of NVIDIA DGX Spark: what is inside it, how it got from the first DGX-1 in 2016 to the desk, who builds and uses it, and what reviewers said. Every fact carries its source; all of them are listed below. Click a source, or press Enter on it, to open its web page.</source>
        <extracomment>%1 is the version number</extracomment>
        <translation>版本 %1

NVIDIA DGX Spark 的故事：它的内部有什么，它如何从2016年的第一台 DGX-1 一路走上桌面，谁在制造和使用它，以及评测者怎么说。每一条事实都注明了来源，全部来源列于下方。单击来源，或选中后按 Enter 键，即可打开其网页。</translation>
    </message>
    <message>
        <source>Every source the content cites. Enter opens the selected source in the browser.</source>
        <extracomment>Accessible description of the list of sources in the About dialog</extracomment>
        <translation>内容引用的全部来源。按 Enter 键可在浏览器中打开所选来源。</translation>
    </message>
</context>
<context>
    <name>ChipBar</name>
    <message>
        <source>%1, %2</source>
        <extracomment>Accessible name of a filter chip: %1 the category, %2 how many items it holds</extracomment>
        <translation>%1，%2项</translation>
    </message>
</context>
<context>
    <name>CliExport</name>
    <message>
        <source>invalid content in %1; run spark-showcase --check-content %2 to see why</source>
        <extracomment>%1 lists content files that were invalid, %2 the content folder</extracomment>
        <translation>%1 中的内容无效；运行 spark-showcase --check-content %2 查看原因</translation>
    </message>
    <message>
        <source>%1; nothing written, add --force to replace them</source>
        <extracomment>%1 the reason, such as &quot;2 files exist already&quot;</extracomment>
        <translation>%1；未写入任何文件，添加 --force 可替换它们</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Spark Showcase tells the story of NVIDIA DGX Spark: its hardware, its timeline, its partners and its reviews.</source>
        <extracomment>Shown at the top of --help</extracomment>
        <translation>Spark Showcase 讲述 NVIDIA DGX Spark 的故事：它的硬件、时间线、合作伙伴和评测。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本号并退出。</translation>
    </message>
    <message>
        <source>Start on the view NAME: %1.</source>
        <extracomment>%1 lists the view names</extracomment>
        <translation>启动时显示视图 NAME：%1。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Start with the item ID selected (a part, an event, a partner or a quote). With --export, select it in every exported view that has it.</source>
        <translation>启动时选中项目 ID（部件、事件、合作伙伴或引语）。与 --export 一起使用时，在每个包含该项目的导出视图中选中它。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Use the language CODE: %1. With --export, several codes separated by commas, or all.</source>
        <extracomment>%1 lists the language codes</extracomment>
        <translation>使用语言 CODE：%1。与 --export 一起使用时，可用逗号分隔多个代码，或使用 all。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Use the theme %1.</source>
        <extracomment>%1 lists the theme names</extracomment>
        <translation>使用主题（%1）。</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>THEME</translation>
    </message>
    <message>
        <source>Replace bundled content files with those found in DIR, file by file.</source>
        <translation>用 DIR 中的文件逐个替换内置的内容文件。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Validate the content files in DIR, print every problem and exit: 0 when all are valid, 1 otherwise.</source>
        <translation>校验 DIR 中的内容文件，输出所有问题后退出：全部有效时返回0，否则返回1。</translation>
    </message>
    <message>
        <source>Exit with status 0 as soon as the main window has painted its first frame.</source>
        <translation>主窗口绘制出第一帧后立即以状态码0退出。</translation>
    </message>
    <message>
        <source>Export the VIEWS (all, or names separated by commas: %1) as files into --out, without showing a window, and exit.</source>
        <extracomment>%1 lists the view names</extracomment>
        <translation>不显示窗口，将 VIEWS（all，或以逗号分隔的名称：%1）导出为文件并保存到 --out，然后退出。</translation>
    </message>
    <message>
        <source>VIEWS</source>
        <translation>VIEWS</translation>
    </message>
    <message>
        <source>With --export: the folder to write into, made when missing.</source>
        <translation>与 --export 一起使用：写入文件的文件夹，不存在时自动创建。</translation>
    </message>
    <message>
        <source>With --export: the size each view is laid out at, in logical pixels (default 1920x1080).</source>
        <translation>与 --export 一起使用：每个视图布局时的尺寸，单位为逻辑像素（默认 1920x1080）。</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>With --export: device pixels per logical pixel of PNG and JPEG files; 2 makes 3840x2160 pixels of a 1920x1080 layout (default 1).</source>
        <translation>与 --export 一起使用：PNG 和 JPEG 文件中每个逻辑像素对应的设备像素数；设为2时，1920x1080 的布局将生成 3840x2160 像素的图像（默认 1）。</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>With --export: the file format, %1 (default png). PDF and SVG are vector drawings.</source>
        <extracomment>%1 lists the file formats</extracomment>
        <translation>与 --export 一起使用：文件格式，%1（默认 png）。PDF 和 SVG 为矢量图。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>With --export: the JPEG quality, 0 to 100 (default %1).</source>
        <extracomment>%1 is the default quality</extracomment>
        <translation>与 --export 一起使用：JPEG 质量，0 至 100（默认 %1）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>With --export: the file names, from the placeholders %1 (default %2).</source>
        <extracomment>%1 lists the placeholders such as {view}, %2 is the default pattern</extracomment>
        <translation>与 --export 一起使用：文件名，可使用占位符 %1（默认 %2）。</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>PATTERN</translation>
    </message>
    <message>
        <source>With --export: replace files that exist already.</source>
        <translation>与 --export 一起使用：替换已存在的文件。</translation>
    </message>
    <message>
        <source>unexpected argument “%1”; see --help</source>
        <extracomment>%1 is the first argument the app did not understand</extracomment>
        <translation>意外的参数“%1”；请参阅 --help</translation>
    </message>
    <message>
        <source>%1 works only with --export</source>
        <extracomment>%1 is an option such as --out</extracomment>
        <translation>%1 仅在与 --export 一起使用时有效</translation>
    </message>
    <message>
        <source>unknown view “%1”; expected one of: %2</source>
        <extracomment>%1 the view name given, %2 the list of view names</extracomment>
        <translation>未知视图“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>--item needs an id</source>
        <translation>--item 需要一个 ID</translation>
    </message>
    <message>
        <source>unknown language “%1”; expected one of: %2</source>
        <extracomment>%1 the language code given, %2 the list of language codes</extracomment>
        <translation>未知语言“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>unknown theme “%1”; expected one of: %2</source>
        <extracomment>%1 the theme name given, %2 the list of theme names</extracomment>
        <translation>未知主题“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>the content folder “%1” does not exist</source>
        <extracomment>%1 is a folder path</extracomment>
        <translation>内容文件夹“%1”不存在</translation>
    </message>
    <message>
        <source>%1 does not go with --export</source>
        <extracomment>%1 is an option such as --view</extracomment>
        <translation>%1 不能与 --export 一起使用</translation>
    </message>
    <message>
        <source>--export needs --out DIR, the folder to write into</source>
        <translation>--export 需要用 --out DIR 指定写入的文件夹</translation>
    </message>
    <message>
        <source>--name-pattern needs a pattern</source>
        <translation>--name-pattern 需要一个模式</translation>
    </message>
    <message>
        <source>Run as an unattended kiosk: full screen, locked against visitors, touring the views by itself.</source>
        <translation>以无人值守展台模式运行：全屏显示，锁定访客操作，自动轮播各个视图。</translation>
    </message>
    <message>
        <source>With --kiosk: read the kiosk settings (dwell times, idle timeout, operator PIN, heartbeat...) from the INI FILE.</source>
        <translation>与 --kiosk 一起使用：从 INI 文件 FILE 读取展台设置（停留时间、空闲超时、操作员 PIN、心跳等）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>With --kiosk: show the window full screen on screen N, counted from 0.</source>
        <translation>与 --kiosk 一起使用：在第 N 块屏幕上全屏显示窗口（从 0 开始计数）。</translation>
    </message>
    <message>
        <source>%1 works only with --kiosk</source>
        <extracomment>%1 is an option such as --screen</extracomment>
        <translation>%1 仅在与 --kiosk 一起使用时有效</translation>
    </message>
    <message>
        <source>--kiosk-config needs a file</source>
        <translation>--kiosk-config 需要指定一个文件</translation>
    </message>
    <message>
        <source>--screen needs a screen number from 0, not “%1”</source>
        <extracomment>%1 the value given to --screen</extracomment>
        <translation>--screen 需要从 0 开始的屏幕编号，而不是“%1”</translation>
    </message>
    <message>
        <source>--check-content does not go with --kiosk</source>
        <translation>--check-content 不能与 --kiosk 一起使用</translation>
    </message>
    <message>
        <source>With --kiosk: write the heartbeat to FILE, whatever the kiosk settings say (the systemd unit passes the file its watchdog reads).</source>
        <translation>与 --kiosk 一起使用：将心跳写入文件 FILE，不论展台设置如何（systemd 单元会传入其看门狗读取的文件）。</translation>
    </message>
    <message>
        <source>Ask for an operator PIN twice, without showing it, and print the [operator] pin line for the kiosk settings; read two lines from standard input when it is not a terminal.</source>
        <translation>两次询问操作员 PIN（不显示输入），并输出展台设置 [operator] 部分的 pin 行；标准输入不是终端时，从中读取两行。</translation>
    </message>
    <message>
        <source>%1 does not go with --kiosk-hash-pin</source>
        <extracomment>%1 is an option such as --view</extracomment>
        <translation>%1 不能与 --kiosk-hash-pin 一起使用</translation>
    </message>
    <message>
        <source>--heartbeat needs a file</source>
        <translation>--heartbeat 需要指定一个文件</translation>
    </message>
    <message>
        <source>With --export: add a QR code of the first source&apos;s web address to the detail card of the selected item and to the featured quote, as kiosk screens show them.</source>
        <translation>与 --export 一起使用：在所选项目的详情卡片和精选引语上添加第一个来源网址的二维码，与展台屏幕上显示的相同。</translation>
    </message>
    <message>
        <source>Exit with status 0 as soon as the main window has painted the whole content, large content files included.</source>
        <extracomment>--help: for start-up measurements of a content folder with large files</extracomment>
        <translation>主窗口绘制出全部内容（包括大型内容文件）后立即以状态 0 退出。</translation>
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
        <translation>估计</translation>
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
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A note under a chart: %1 the system, %2 the note</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Each measure on its own scale; bars on a log scale grow by powers of ten.</source>
        <extracomment>The line above the &quot;Then and now&quot; charts</extracomment>
        <translation>每项指标使用各自的刻度；对数刻度上的柱形按10的幂增长。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Then and now</source>
        <translation>今昔对比</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A system and the year it stands for, such as &quot;DGX-1 (2016)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ContentFolderControls</name>
    <message>
        <source>Open Content Folder</source>
        <translation>打开内容文件夹</translation>
    </message>
    <message>
        <source>&amp;Open Content Folder…</source>
        <extracomment>File menu: choose a folder whose content files replace the bundled ones</extracomment>
        <translation>打开内容文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Show the content files of a folder in place of the bundled ones, and follow their changes</source>
        <translation>显示文件夹中的内容文件以代替内置文件，并跟随其更改</translation>
    </message>
    <message>
        <source>&amp;Reload Content</source>
        <extracomment>File menu: read the content folder in use again</extracomment>
        <translation>重新加载内容(&amp;R)</translation>
    </message>
    <message>
        <source>Read the content folder again now</source>
        <translation>立即重新读取内容文件夹</translation>
    </message>
    <message>
        <source>Use &amp;Bundled Content</source>
        <extracomment>File menu: stop using a content folder and show the content built into the app</extracomment>
        <translation>使用内置内容(&amp;B)</translation>
    </message>
    <message>
        <source>Show the content built into the app again</source>
        <translation>重新显示应用内置的内容</translation>
    </message>
    <message>
        <source>Show the problems found in the content folder</source>
        <translation>显示在内容文件夹中发现的问题</translation>
    </message>
    <message>
        <source>Bundled content</source>
        <extracomment>Status bar: the app shows its own content, no folder is open</extracomment>
        <translation>内置内容</translation>
    </message>
    <message>
        <source>The content built into the app. File › Open Content Folder… shows your own.</source>
        <translation>应用内置的内容。“文件 › 打开内容文件夹…”可显示您自己的内容。</translation>
    </message>
    <message>
        <source>Content: %1 · no problems</source>
        <extracomment>Status bar: %1 is the content folder&apos;s name</extracomment>
        <translation>内容：%1 · 无问题</translation>
    </message>
    <message numerus="yes">
        <source>Content: %1 · %n problem(s)</source>
        <extracomment>Status bar: %1 is the content folder&apos;s name; %n problems were found in it</extracomment>
        <translation>
            <numerusform>内容：%1 · %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Click to show its problems.</source>
        <extracomment>Tooltip of the content status; %1 is the folder&apos;s full path</extracomment>
        <translation>%1
点击以显示其问题。</translation>
    </message>
    <message>
        <source>Content: %1 · reading…</source>
        <extracomment>Status bar while large content files are still being read after the window opened; %1 is the content folder&apos;s name</extracomment>
        <translation>内容：%1 · 正在读取…</translation>
    </message>
</context>
<context>
    <name>ContentLoader</name>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>是文件夹，而不是文件</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>the file is %1 bytes; the limit is %2 bytes</source>
        <translation>文件大小为%1字节；上限为%2字节</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>the file is over the limit of %1 bytes</source>
        <translation>文件超过了%1字节的上限</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>不是文件夹</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>holds none of the content files (%1)</source>
        <extracomment>%1 lists the content file names</extracomment>
        <translation>不包含任何内容文件（%1）</translation>
    </message>
</context>
<context>
    <name>ContentParser</name>
    <message>
        <source>more problems were found; fix the ones above and check again</source>
        <extracomment>Shown after the first hundred problems in one content file.</extracomment>
        <translation>还发现了更多问题；请修复以上问题后再次检查</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2 (byte offset %3): %4</source>
        <extracomment>%1 line, %2 column, %3 byte offset, %4 the parser&apos;s reason</extracomment>
        <translation>第%1行第%2列（字节偏移%3）处的 JSON 无效：%4</translation>
    </message>
    <message>
        <source>the file must hold one JSON object: {&quot;schemaVersion&quot;: 1, &quot;items&quot;: [...]}</source>
        <translation>文件必须包含一个 JSON 对象：{&quot;schemaVersion&quot;: 1, &quot;items&quot;: [...]}</translation>
    </message>
    <message>
        <source>required field is missing; write &quot;schemaVersion&quot;: %1</source>
        <translation>缺少必填字段；请写入 &quot;schemaVersion&quot;: %1</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>必须是整数，而不是 %1</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this app supports (%2); update the app or write the older format</source>
        <translation>架构版本%1比本应用支持的版本（%2）更新；请更新应用，或改用旧格式</translation>
    </message>
    <message>
        <source>schema version %1 does not exist; write %2</source>
        <translation>架构版本%1不存在；请写入%2</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation>必须是数组，而不是 %1</translation>
    </message>
    <message>
        <source>%1 items is over the limit of %2</source>
        <translation>%1个项目超过了上限%2</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>必须是对象，而不是 %1</translation>
    </message>
    <message>
        <source>unknown field; expected one of: %1</source>
        <extracomment>A field name in a content file is not one the format knows; %1 lists the known ones.</extracomment>
        <translation>未知字段；应为以下之一：%1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation>长度为%1个字符；上限为%2个</translation>
    </message>
    <message>
        <source>contains the control character U+%1</source>
        <translation>包含控制字符 U+%1</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>必须是字符串，而不是 %1</translation>
    </message>
    <message>
        <source>must be a text object such as {&quot;en&quot;: &quot;…&quot;, &quot;de&quot;: &quot;…&quot;}, not %1</source>
        <translation>必须是类似 {&quot;en&quot;: &quot;…&quot;, &quot;de&quot;: &quot;…&quot;} 的文本对象，而不是 %1</translation>
    </message>
    <message>
        <source>“%1” is not a language code such as “de” or “zh_CN”</source>
        <translation>“%1”不是“de”或“zh_CN”这样的语言代码</translation>
    </message>
    <message>
        <source>the English text is missing</source>
        <translation>缺少英文文本</translation>
    </message>
    <message>
        <source>%1 entries is over the limit of %2</source>
        <translation>%1个条目超过了上限%2</translation>
    </message>
    <message>
        <source>must be a date string such as &quot;2025-10-15&quot;, not %1</source>
        <translation>必须是类似 &quot;2025-10-15&quot; 的日期字符串，而不是 %1</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>必须是数字，而不是 %1</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1超出了%2至%3的范围</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>必须是 true 或 false，而不是 %1</translation>
    </message>
    <message>
        <source>unknown value “%1”; expected one of: %2</source>
        <translation>未知值“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>must be an array of source ids, not %1</source>
        <translation>必须是来源 ID 数组，而不是 %1</translation>
    </message>
    <message>
        <source>must name at least one source</source>
        <translation>必须至少指定一个来源</translation>
    </message>
    <message>
        <source>“%1” is not a web address starting with https://</source>
        <extracomment>%1 is the address as written in the content file</extracomment>
        <translation>“%1”不是以 https:// 开头的网址</translation>
    </message>
    <message>
        <source>“%1” is not a seed number such as “004”</source>
        <translation>“%1”不是“004”这样的种子编号</translation>
    </message>
    <message>
        <source>must be [x, y, width, height] inside the 100 × 100 diagram, with a width and a height</source>
        <translation>必须是位于 100 × 100 图示内的 [x, y, width, height]，且宽度和高度均不为零</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>the era ends before it starts</source>
        <translation>时期的结束早于开始</translation>
    </message>
    <message>
        <source>%1 must fall within the date %2</source>
        <extracomment>%1 is a field name, %2 the event&apos;s date</extracomment>
        <translation>%1 必须落在日期%2之内</translation>
    </message>
    <message>
        <source>notAfter is earlier than notBefore</source>
        <translation>notAfter 早于 notBefore</translation>
    </message>
    <message>
        <source>give the document’s title or a description, not both</source>
        <translation>请给出文档的标题或描述，不能两者都给</translation>
    </message>
    <message>
        <source>no title and no description: give the document’s own title, or describe it when it has none</source>
        <translation>没有标题也没有描述：请给出文档本身的标题，没有标题时请描述它</translation>
    </message>
    <message>
        <source>no url and no note: give the document’s https address, or a note saying why it has none (a print-only or deleted page)</source>
        <extracomment>A source in a content file has neither a web address nor a note saying why; &quot;url&quot; and &quot;note&quot; are field names, not to be translated</extracomment>
        <translation>没有 url 也没有 note：请给出文档的 https 地址，或用 note 说明为何没有地址（仅有印刷版或网页已删除）</translation>
    </message>
</context>
<context>
    <name>ContentProblemsPanel</name>
    <message>
        <source>Copied</source>
        <extracomment>A copy button&apos;s label for a moment after it was pressed</extracomment>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Content Problems</source>
        <extracomment>Title of the panel that lists the problems of the content folder in use</extracomment>
        <translation>内容问题</translation>
    </message>
    <message>
        <source>Reload</source>
        <extracomment>Reads the content folder again now</extracomment>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Reload the content folder</source>
        <translation>重新加载内容文件夹</translation>
    </message>
    <message>
        <source>Copy All</source>
        <extracomment>Copies every problem listed, one a line</extracomment>
        <translation>全部复制</translation>
    </message>
    <message>
        <source>Copy all problems</source>
        <translation>复制所有问题</translation>
    </message>
    <message>
        <source>Bundled content</source>
        <extracomment>Heading of the problems panel when no content folder is open</extracomment>
        <translation>内置内容</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <extracomment>The number of problems found in the content folder</extracomment>
        <translation>
            <numerusform>发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder cannot be used: the bundled content is shown until it can be read.</source>
        <translation>无法使用该文件夹：在能够读取之前，显示内置内容。</translation>
    </message>
    <message>
        <source>%1 has problems: its last good version stays on screen.</source>
        <extracomment>%1 is a content file name, such as partners.json</extracomment>
        <translation>%1 有问题：其最后一个有效版本仍显示在屏幕上。</translation>
    </message>
    <message>
        <source>%1 has problems: the bundled file is shown in its place.</source>
        <extracomment>%1 is a content file name, such as partners.json</extracomment>
        <translation>%1 有问题：改为显示内置文件。</translation>
    </message>
    <message>
        <source>Fix the files and save them: this list follows the folder.</source>
        <translation>请修正并保存文件：此列表会随文件夹更新。</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>A button beside one problem that copies its line to the clipboard</extracomment>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy problem %1</source>
        <extracomment>Accessible name of the copy button of problem %1 (1, 2, 3…)</extracomment>
        <translation>复制问题 %1</translation>
    </message>
    <message>
        <source>Copy this line to the clipboard</source>
        <translation>将此行复制到剪贴板</translation>
    </message>
    <message>
        <source>No content folder is open.</source>
        <extracomment>Empty problems panel, when the app shows its own content</extracomment>
        <translation>未打开内容文件夹。</translation>
    </message>
    <message>
        <source>Open one with File › Open Content Folder… to show your own content files and check them here.</source>
        <translation>通过“文件 › 打开内容文件夹…”打开一个文件夹，即可显示您自己的内容文件并在此检查。</translation>
    </message>
    <message>
        <source>No problems found in %1.</source>
        <extracomment>Empty problems panel; %1 is the content folder&apos;s name</extracomment>
        <translation>在 %1 中未发现问题。</translation>
    </message>
    <message>
        <source>Every content file in the folder is valid and on screen. Files you save there show at once.</source>
        <translation>文件夹中的所有内容文件均有效并已显示。您在其中保存的文件会立即显示。</translation>
    </message>
    <message>
        <source>Problems</source>
        <extracomment>Accessible name of the scrolling list of problems</extracomment>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ContentReferences</name>
    <message>
        <source>must be a string, not %1</source>
        <translation>必须是字符串，而不是 %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>“%1” is not a valid id: use up to %2 lowercase letters, digits, “-”, “_” or “.”, starting with a letter or a digit</source>
        <translation>“%1”不是有效的 ID：最多使用%2个小写字母、数字、“-”、“_”或“.”，并以字母或数字开头</translation>
    </message>
    <message>
        <source>duplicate id “%1”, first used at %2</source>
        <extracomment>%2 is the JSON pointer of the first entry with the same id</extracomment>
        <translation>ID“%1”重复，首次使用于 %2</translation>
    </message>
    <message>
        <source>unknown value “%1”; expected one of: %2</source>
        <translation>未知值“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>unknown system; expected one of: %1</source>
        <translation>未知系统；应为以下之一：%1</translation>
    </message>
    <message>
        <source>source “%1” is cited by nothing in this file; cite it or remove it</source>
        <extracomment>%1 is a source id</extracomment>
        <translation>来源“%1”在此文件中未被任何内容引用；请引用它或将其删除</translation>
    </message>
</context>
<context>
    <name>ContentSource</name>
    <message>
        <source>The content folder %1 no longer exists; the bundled content is shown.</source>
        <extracomment>Status bar notice at start; %1 is the folder chosen in an earlier run</extracomment>
        <translation>内容文件夹 %1 已不存在；正在显示内置内容。</translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message>
        <source>Touch to stay</source>
        <extracomment>Kiosk: large line over the screen after a minute without input; touching keeps the visitor&apos;s screen as it is, otherwise the tour starts over</extracomment>
        <translation>触摸屏幕以停留</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n second(s)</source>
        <extracomment>Kiosk: under &quot;Touch to stay&quot;; %n is the number of seconds before the tour starts over</extracomment>
        <translation>
            <numerusform>%n 秒后从头开始</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Current View</source>
        <translation>导出当前视图</translation>
    </message>
    <message>
        <source>Export All Views</source>
        <translation>导出所有视图</translation>
    </message>
    <message>
        <source>Views:</source>
        <translation>视图：</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>The list of views, separated by commas</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <source>Current window (%1 × %2)</source>
        <extracomment>A size preset: the size of the view in the window now; %1 x %2 pixels</extracomment>
        <translation>当前窗口（%1 × %2）</translation>
    </message>
    <message>
        <source>Full HD (%1 × %2)</source>
        <extracomment>A size preset for slides and screens; %1 x %2 pixels</extracomment>
        <translation>全高清（%1 × %2）</translation>
    </message>
    <message>
        <source>4K UHD (%1 × %2)</source>
        <extracomment>A size preset for large screens and print; %1 x %2 pixels</extracomment>
        <translation>4K 超高清（%1 × %2）</translation>
    </message>
    <message>
        <source>Square (%1 × %2)</source>
        <extracomment>A size preset for social media posts; %1 x %2 pixels</extracomment>
        <translation>正方形（%1 × %2）</translation>
    </message>
    <message>
        <source>Portrait (%1 × %2)</source>
        <extracomment>A size preset for phones and portrait screens; %1 x %2 pixels</extracomment>
        <translation>竖屏（%1 × %2）</translation>
    </message>
    <message>
        <source>Custom</source>
        <extracomment>A size preset: the width and height typed beside it</extracomment>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Width in logical pixels</source>
        <translation>宽度（逻辑像素）</translation>
    </message>
    <message>
        <source>Height in logical pixels</source>
        <translation>高度（逻辑像素）</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>缩放(&amp;C)：</translation>
    </message>
    <message>
        <source>1× (standard)</source>
        <extracomment>Scale 1x: one image pixel per logical pixel</extracomment>
        <translation>1×（标准）</translation>
    </message>
    <message>
        <source>2× (high density)</source>
        <extracomment>Scale 2x: two image pixels per logical pixel, for sharp text on high-density screens</extracomment>
        <translation>2×（高密度）</translation>
    </message>
    <message>
        <source>Pixels per logical pixel in PNG and JPEG files. PDF and SVG are vector drawings and sharp at any size.</source>
        <translation>PNG 和 JPEG 文件中每个逻辑像素对应的像素数。PDF 和 SVG 为矢量图，任意尺寸下都清晰锐利。</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG 图像</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>PDF 文档（矢量）</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>SVG 图形（矢量）</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <extracomment>JPEG compression quality, 0 (smallest file) to 100 (best picture)</extracomment>
        <translation>质量(&amp;Q)：</translation>
    </message>
    <message>
        <source>JPEG quality: 0 gives the smallest file, 100 the best picture.</source>
        <translation>JPEG 质量：0 生成的文件最小，100 画质最好。</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Each checked language gives one file per view.</source>
        <translation>每种选中的语言会为每个视图生成一个文件。</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the folder the files are saved in</source>
        <translation>选择保存文件的文件夹</translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation>文件名(&amp;N)：</translation>
    </message>
    <message>
        <source>File-name pattern</source>
        <translation>文件名模式</translation>
    </message>
    <message>
        <source>{view} view name, {lang} language code, {w} and {h} width and height, {scale} scale, {theme} theme, {ext} file extension.</source>
        <extracomment>Explains the placeholders of a file-name pattern; keep the words in braces unchanged</extracomment>
        <translation>{view} 视图名称，{lang} 语言代码，{w} 和 {h} 宽度和高度，{scale} 缩放，{theme} 主题，{ext} 文件扩展名。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>The current view as it will be exported, in the first language checked</source>
        <translation>当前视图的导出效果（以第一种选中的语言显示）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Check at least one language.</source>
        <translation>请至少选中一种语言。</translation>
    </message>
    <message>
        <source>Choose a folder for the files.</source>
        <translation>请选择保存文件的文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>Files: %n, such as %1</source>
        <extracomment>%1 is the name of the first file; %n the number of files</extracomment>
        <translation>
            <numerusform>文件：%n个，例如 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <extracomment>The dialog&apos;s main button</extracomment>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>导出到</translation>
    </message>
    <message numerus="yes">
        <source>Files that exist already: %n.</source>
        <extracomment>%n is the number of files that exist already</extracomment>
        <translation>
            <numerusform>已存在的文件：%n个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace them with the new pictures in %1?</source>
        <extracomment>%1 is the folder</extracomment>
        <translation>要用新图片替换 %1 中的这些文件吗？</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Add &amp;QR codes of the sources</source>
        <extracomment>Check box in the export dialog; the codes are those kiosk screens show</extracomment>
        <translation>添加来源的二维码(&amp;Q)</translation>
    </message>
    <message>
        <source>Detail cards and the featured quote show a QR code of their first source&apos;s web address, as on kiosk screens.</source>
        <translation>详情卡片和精选引语会显示其第一个来源网址的二维码，与展台屏幕上相同。</translation>
    </message>
</context>
<context>
    <name>ExportPlan</name>
    <message>
        <source>no output folder given</source>
        <translation>未指定输出文件夹</translation>
    </message>
    <message>
        <source>the file-name pattern has an unknown placeholder %1; known: %2</source>
        <extracomment>%1 a placeholder such as {date}, %2 the list of known placeholders</extracomment>
        <translation>文件名模式中有未知占位符 %1；可用的占位符：%2</translation>
    </message>
    <message>
        <source>the file-name pattern “%1” gives “%2”, which is not a file name</source>
        <extracomment>%1 the file-name pattern, %2 the name it gave</extracomment>
        <translation>文件名模式“%1”生成的“%2”不是有效的文件名</translation>
    </message>
    <message>
        <source>the file-name pattern “%1” names two files “%2”; add {view} or {lang}</source>
        <extracomment>%1 the file-name pattern, %2 a file name</extracomment>
        <translation>文件名模式“%1”使两个文件同名为“%2”；请添加 {view} 或 {lang}</translation>
    </message>
</context>
<context>
    <name>ExportRequest</name>
    <message>
        <source>no view to export</source>
        <translation>没有要导出的视图</translation>
    </message>
    <message>
        <source>unknown view “%1”; expected all or one of: %2</source>
        <extracomment>%1 the view name given, %2 the list of view names</extracomment>
        <translation>未知视图“%1”；应为 all 或以下之一：%2</translation>
    </message>
    <message>
        <source>no language to export</source>
        <translation>没有要导出的语言</translation>
    </message>
    <message>
        <source>unknown language “%1”; expected all or one of: %2</source>
        <extracomment>%1 the language code given, %2 the list of language codes</extracomment>
        <translation>未知语言“%1”；应为 all 或以下之一：%2</translation>
    </message>
    <message>
        <source>the scale %1 is outside %2 to %3</source>
        <extracomment>%1 the scale given, %2 and %3 the smallest and largest scale</extracomment>
        <translation>缩放比例%1超出了%2至%3的范围</translation>
    </message>
    <message>
        <source>%1 pixels is %2 megapixels; the most an export may have is %3</source>
        <extracomment>%1 the size in pixels such as 20000x10000, %2 its megapixels, %3 the limit</extracomment>
        <translation>%1像素即%2百万像素；导出的上限为%3</translation>
    </message>
    <message>
        <source>the quality %1 is outside 0 to 100</source>
        <translation>质量%1超出了0至100的范围</translation>
    </message>
    <message>
        <source>this build cannot write %1 files</source>
        <extracomment>%1 a file format such as jpg</extracomment>
        <translation>此版本无法写入 %1 文件</translation>
    </message>
    <message>
        <source>the size “%1” is not WIDTHxHEIGHT, such as 1920x1080</source>
        <extracomment>%1 the size given on the command line</extracomment>
        <translation>尺寸“%1”不是 WIDTHxHEIGHT 格式（例如 1920x1080）</translation>
    </message>
    <message>
        <source>the size “%1” has a side of zero pixels</source>
        <translation>尺寸“%1”有一条边为0像素</translation>
    </message>
    <message>
        <source>the size “%1” is over %2 pixels on a side</source>
        <extracomment>%1 the size given, %2 the longest side allowed, in pixels</extracomment>
        <translation>尺寸“%1”的边长超过了%2像素</translation>
    </message>
    <message>
        <source>the scale “%1” is not a number from %2 to %3</source>
        <extracomment>%1 the scale given, %2 and %3 the smallest and largest scale</extracomment>
        <translation>缩放比例“%1”不是%2至%3之间的数字</translation>
    </message>
    <message>
        <source>unknown format “%1”; expected one of: %2</source>
        <extracomment>%1 the format given, %2 the list of formats</extracomment>
        <translation>未知格式“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>the quality “%1” is not a whole number from 0 to 100</source>
        <extracomment>%1 the JPEG quality given</extracomment>
        <translation>质量“%1”不是0至100之间的整数</translation>
    </message>
    <message>
        <source>the view list “%1” has an empty entry</source>
        <extracomment>%1 the list of views given, such as &quot;hardware,,timeline&quot;</extracomment>
        <translation>视图列表“%1”中有空项</translation>
    </message>
    <message>
        <source>the language list “%1” has an empty entry</source>
        <extracomment>%1 the list of languages given, such as &quot;de,,ja&quot;</extracomment>
        <translation>语言列表“%1”中有空项</translation>
    </message>
    <message>
        <source>unknown theme “%1”; expected one of: %2</source>
        <extracomment>%1 the theme name given, %2 the list of theme names</extracomment>
        <translation>未知主题“%1”；应为以下之一：%2</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>no view of %2 has an item “%1”</source>
        <extracomment>%1 the item id given, %2 the list of views exported</extracomment>
        <translation>%2 中没有任何视图包含项目“%1”</translation>
    </message>
    <message>
        <source>the output folder “%1” is a file</source>
        <extracomment>%1 the output folder given, which is a file</extracomment>
        <translation>输出文件夹“%1”是一个文件</translation>
    </message>
    <message>
        <source>cannot write into the output folder “%1”: permission denied</source>
        <extracomment>%1 the output folder</extracomment>
        <translation>无法写入输出文件夹“%1”：权限被拒绝</translation>
    </message>
    <message>
        <source>cannot create the output folder “%1”: “%2” is not a writable folder</source>
        <extracomment>%1 the output folder, %2 the nearest existing folder or file on its path</extracomment>
        <translation>无法创建输出文件夹“%1”：“%2”不是可写入的文件夹</translation>
    </message>
    <message numerus="yes">
        <source>files exist already (%n), such as “%1”</source>
        <extracomment>%1 the first file that exists; %n how many exist in all</extracomment>
        <translation>
            <numerusform>已存在文件（%n个），例如“%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot create the output folder “%1”</source>
        <translation>无法创建输出文件夹“%1”</translation>
    </message>
    <message>
        <source>cannot write into the output folder “%1”: %2</source>
        <extracomment>%1 the output folder, %2 the reason from the system</extracomment>
        <translation>无法写入输出文件夹“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>export canceled; files saved before: %n</source>
        <extracomment>%n files were saved before the user canceled</extracomment>
        <translation>
            <numerusform>导出已取消；此前已保存的文件：%n个</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot draw “%1”: not enough memory for %2 pixels</source>
        <extracomment>%1 a file name, %2 its size in pixels such as 3840x2160</extracomment>
        <translation>无法绘制“%1”：内存不足以容纳 %2 像素</translation>
    </message>
    <message>
        <source>cannot draw “%1”: %2</source>
        <extracomment>%1 a file name, %2 the reason</extracomment>
        <translation>无法绘制“%1”：%2</translation>
    </message>
    <message>
        <source>cannot encode “%1”: %2</source>
        <extracomment>%1 a file name, %2 the reason from the image writer</extracomment>
        <translation>无法编码“%1”：%2</translation>
    </message>
    <message>
        <source>cannot save “%1”: %2</source>
        <extracomment>%1 a file name, %2 the reason from the system</extracomment>
        <translation>无法保存“%1”：%2</translation>
    </message>
    <message>
        <source>there is no such view</source>
        <translation>没有这个视图</translation>
    </message>
</context>
<context>
    <name>FeaturedQuote</name>
    <message>
        <source>Featured quote</source>
        <extracomment>Accessible name of the rotating quote at the top of the Reviews view
----------
Label above the rotating quote at the top of the Reviews view</extracomment>
        <translation>精选引语</translation>
    </message>
    <message>
        <source>. </source>
        <translation>。</translation>
    </message>
    <message>
        <source>Pause rotation</source>
        <extracomment>Button that stops the featured quotes from changing by themselves</extracomment>
        <translation>暂停轮播</translation>
    </message>
    <message>
        <source>Play rotation</source>
        <extracomment>Button that lets the featured quotes change by themselves again</extracomment>
        <translation>继续轮播</translation>
    </message>
    <message>
        <source>The featured quote changes every few seconds; Space pauses and plays.</source>
        <extracomment>Accessible description of the pause/play button</extracomment>
        <translation>精选引语每隔几秒切换一次；按空格键可暂停或继续。</translation>
    </message>
    <message>
        <source>Previous quote</source>
        <extracomment>Button that shows the previous featured quote</extracomment>
        <translation>上一条引语</translation>
    </message>
    <message>
        <source>Next quote</source>
        <extracomment>Button that shows the next featured quote</extracomment>
        <translation>下一条引语</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Position in the featured quotes: %1 of %2</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No featured quotes</source>
        <extracomment>Shown where the featured quote would be when no quote is featured</extracomment>
        <translation>暂无精选引语</translation>
    </message>
    <message>
        <source>Sources</source>
        <extracomment>Heading above the link to the source of the featured quote (one or several)</extracomment>
        <translation>来源</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>USD</source>
        <extracomment>Unit symbol for US dollars on a chart axis</extracomment>
        <translation>美元</translation>
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
        <translation>%1W</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <extracomment>A weight in kilograms, such as &quot;1.2 kg&quot;</extracomment>
        <translation>%1kg</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <extracomment>An amount of memory in gigabytes, such as &quot;128 GB&quot;</extracomment>
        <translation>%1GB</translation>
    </message>
    <message>
        <source>%1 TFLOPS</source>
        <extracomment>A compute rate in TFLOPS, such as &quot;170 TFLOPS&quot;</extracomment>
        <translation>%1TFLOPS</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>A source: %1 title, %2 publisher, %3 date</extracomment>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A source: %1 title, %2 publisher or date</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A source in few words: %1 publisher, %2 date</extracomment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A source known by a description: %1 date, %2 description
----------
A source known by a description: %1 publisher, %2 description</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>A source known by a description: %1 publisher, %2 date, %3 description</extracomment>
        <translation>%1，%2：%3</translation>
    </message>
</context>
<context>
    <name>HardwareDiagram</name>
    <message>
        <source>Hardware diagram</source>
        <extracomment>Accessible name of the illustrated breakdown of the machine</extracomment>
        <translation>硬件示意图</translation>
    </message>
    <message>
        <source>The parts of the machine. Use the arrow keys to move between parts and Enter to select one.</source>
        <extracomment>Accessible description of the hardware diagram</extracomment>
        <translation>这台机器的各个部件。使用方向键在部件之间移动，按 Enter 键选择。</translation>
    </message>
    <message>
        <source>%1 (approximate)</source>
        <extracomment>Accessible description of a part whose figure is approximate: %1 the figure</extracomment>
        <translation>%1（估计）</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>Accessible description of a part: %1 its specification, %2 why it matters</extracomment>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>No parts to show</source>
        <extracomment>Shown where the hardware diagram would be when the content has no parts to draw</extracomment>
        <translation>没有可显示的部件</translation>
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
        <translation>部件</translation>
    </message>
    <message>
        <source>Specification</source>
        <extracomment>Column header of the spec table: its specification</extracomment>
        <translation>规格</translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>Column header of the spec table: the group of parts it belongs to</extracomment>
        <translation>分组</translation>
    </message>
</context>
<context>
    <name>HardwareView</name>
    <message>
        <source>Inside DGX Spark</source>
        <extracomment>Eyebrow above the headline of the Hardware view</extracomment>
        <translation>DGX Spark 内部</translation>
    </message>
    <message>
        <source>What’s in the box</source>
        <extracomment>Headline of the Hardware view</extracomment>
        <translation>盒子里有什么</translation>
    </message>
    <message>
        <source>Every part, what it does and why it matters, and how far the desktop has come.</source>
        <extracomment>The line under the headline of the Hardware view</extracomment>
        <translation>每个部件的作用与意义，以及桌面计算机已经走了多远。</translation>
    </message>
    <message>
        <source>Specifications</source>
        <extracomment>Page chip of the Hardware view: the table of specifications
----------
Accessible name of the spec table</extracomment>
        <translation>规格</translation>
    </message>
    <message>
        <source>Then and now</source>
        <extracomment>Page chip of the Hardware view: DGX-1 of 2016 against DGX Spark</extracomment>
        <translation>今昔对比</translation>
    </message>
    <message>
        <source>What fits in memory</source>
        <extracomment>Page chip of the Hardware view: which model sizes fit in memory</extracomment>
        <translation>内存能容纳的模型</translation>
    </message>
</context>
<context>
    <name>IniFile</name>
    <message>
        <source>cannot read the file (%1); nothing in it is used</source>
        <extracomment>Kiosk settings problem; %1 the reason the system gives</extracomment>
        <translation>无法读取文件（%1）；不使用其中任何内容</translation>
    </message>
    <message>
        <source>larger than %1 bytes, far more than any settings file; nothing in it is used</source>
        <extracomment>Kiosk settings problem; %1 the largest size allowed, in bytes</extracomment>
        <translation>超过 %1 字节，远大于任何设置文件；不使用其中任何内容</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes; ignored</source>
        <extracomment>Kiosk settings problem; %1 the longest line allowed, in bytes</extracomment>
        <translation>该行超过 %1 字节，已忽略</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8; ignored</source>
        <extracomment>Kiosk settings problem: the file must be in UTF-8</extracomment>
        <translation>该行不是有效的 UTF-8，已忽略</translation>
    </message>
    <message>
        <source>a group name without its closing ]; the keys up to the next group are ignored</source>
        <extracomment>Kiosk settings problem: a line such as &quot;[loop&quot; that opens a group name and does not close it</extracomment>
        <translation>组名缺少右方括号 ]；直到下一个组之前的键均被忽略</translation>
    </message>
    <message>
        <source>text after the group&apos;s closing ], ignored</source>
        <extracomment>Kiosk settings problem: a line such as &quot;[loop] views&quot;</extracomment>
        <translation>组的右方括号 ] 之后的文本，已忽略</translation>
    </message>
    <message>
        <source>expected “key = value”, a [group] or a comment; ignored</source>
        <extracomment>Kiosk settings problem: a line that the settings file cannot hold; keep &quot;key = value&quot; and &quot;[group]&quot; as they are</extracomment>
        <translation>应为“key = value”、[group] 或注释；已忽略</translation>
    </message>
    <message>
        <source>a value without a key; ignored</source>
        <extracomment>Kiosk settings problem: a line such as &quot;= 30&quot;</extracomment>
        <translation>没有键的值，已忽略</translation>
    </message>
    <message>
        <source>the line ends in a backslash, but a value cannot go on to the next line; the key is ignored</source>
        <extracomment>Kiosk settings problem: QSettings could continue a value on the next line after a backslash; this reader does not</extracomment>
        <translation>该行以反斜杠结尾，但值不能延续到下一行；已忽略该键</translation>
    </message>
    <message>
        <source>unknown escape “%1”; the key is ignored</source>
        <extracomment>Kiosk settings problem; %1 the escape found: a backslash and a letter</extracomment>
        <translation>未知的转义序列“%1”；已忽略该键</translation>
    </message>
    <message>
        <source>a quote that is not closed; the key is ignored</source>
        <extracomment>Kiosk settings problem: a value such as &quot;abc with no closing quote</extracomment>
        <translation>引号未闭合；已忽略该键</translation>
    </message>
    <message>
        <source>“%1…” is a value in Qt&apos;s own encoding, which is not read; the key is ignored</source>
        <extracomment>Kiosk settings problem; %1 the start of the value, such as @Variant( or @ByteArray(; Qt writes values of its own types that way</extracomment>
        <translation>“%1…”是 Qt 自有编码的值，不予读取；已忽略该键</translation>
    </message>
    <message>
        <source>set again; this value replaces the one on line %1</source>
        <extracomment>Kiosk settings problem; %1 the line that set the key first</extracomment>
        <translation>再次设置；此值替换第 %1 行的值</translation>
    </message>
</context>
<context>
    <name>KioskConfig</name>
    <message>
        <source>“%1” is not a whole number; expected %2 to %3, keeping %4</source>
        <extracomment>Kiosk settings problem; %1 the value found, %2 and %3 the allowed range, %4 the value kept instead</extracomment>
        <translation>“%1”不是整数；应为 %2 到 %3，保留 %4</translation>
    </message>
    <message>
        <source>%1 is out of range; expected %2 to %3, keeping %4</source>
        <extracomment>Kiosk settings problem; %1 the number found, %2 and %3 the allowed range, %4 the default used instead</extracomment>
        <translation>%1 超出范围；应为 %2 到 %3，保留 %4</translation>
    </message>
    <message>
        <source>“%1” is not true or false</source>
        <extracomment>Kiosk settings problem; %1 the value found</extracomment>
        <translation>“%1”既不是 true 也不是 false</translation>
    </message>
    <message>
        <source>unknown key, ignored</source>
        <extracomment>Kiosk settings problem: a key the app does not know, probably a typo</extracomment>
        <translation>未知的键，已忽略</translation>
    </message>
    <message>
        <source>unknown view “%1”, skipped; expected %2</source>
        <extracomment>Kiosk settings problem; %1 the name found, %2 the valid names</extracomment>
        <translation>未知视图“%1”，已跳过；应为 %2</translation>
    </message>
    <message>
        <source>“%1” is listed twice, skipped</source>
        <extracomment>Kiosk settings problem; %1 a view name listed twice</extracomment>
        <translation>“%1”重复列出，已跳过</translation>
    </message>
    <message>
        <source>no view left to show; showing every view</source>
        <translation>没有可显示的视图；改为显示所有视图</translation>
    </message>
    <message>
        <source>unknown language “%1”, skipped; expected %2</source>
        <extracomment>Kiosk settings problem; %1 the code found, %2 the valid codes</extracomment>
        <translation>未知语言“%1”，已跳过；应为 %2</translation>
    </message>
    <message>
        <source>unknown theme “%1”; expected %2, keeping %3</source>
        <extracomment>Kiosk settings problem; %1 the theme found, %2 the valid names, %3 the one kept</extracomment>
        <translation>未知主题“%1”；应为 %2，保留 %3</translation>
    </message>
    <message>
        <source>%1 s is more than a third of the watchdog&apos;s %2 s threshold, so a working kiosk could be restarted; expected 1 to %3, keeping %4</source>
        <extracomment>Kiosk settings problem; %1 the interval found in seconds, %2 the watchdog&apos;s threshold in seconds, %3 the longest interval allowed, %4 the interval kept</extracomment>
        <translation>%1 秒超过看门狗 %2 秒阈值的三分之一，正常运行的展台可能被重启；应为 1 到 %3，保留 %4</translation>
    </message>
    <message>
        <source>ignored with the whole [operator] section, because %1; the exit chord is off</source>
        <extracomment>Kiosk settings problem; %1 says who else can write the file; whoever can write it could set their own PIN</extracomment>
        <translation>由于 %1，已忽略整个 [operator] 部分；退出组合键已关闭</translation>
    </message>
    <message>
        <source>%1; the exit chord is off</source>
        <extracomment>Kiosk settings problem; %1 what is wrong with the PIN hash</extracomment>
        <translation>%1；退出组合键已关闭</translation>
    </message>
    <message>
        <source>this is the documentation&apos;s example, the PIN %1, which anyone can look up; set your own with spark-showcase --kiosk-hash-pin; the exit chord is off</source>
        <extracomment>Kiosk settings problem; %1 the example PIN of the documentation</extracomment>
        <translation>这是文档中的示例 PIN %1，任何人都能查到；请用 spark-showcase --kiosk-hash-pin 设置自己的 PIN；退出组合键已关闭</translation>
    </message>
    <message>
        <source>an old SALT:HEX hash, a single SHA-256 round that an offline guess breaks at once; still accepted, but hash the PIN again with spark-showcase --kiosk-hash-pin</source>
        <extracomment>Kiosk settings problem: the PIN is still accepted, but should be hashed again</extracomment>
        <translation>旧的 SALT:HEX 哈希，仅一轮 SHA-256，离线猜测可立即破解；仍然接受，但请用 spark-showcase --kiosk-hash-pin 重新哈希 PIN</translation>
    </message>
</context>
<context>
    <name>LoadingState</name>
    <message>
        <source>Loading the hardware…</source>
        <extracomment>Shown in place of the hardware view while its content file is being read</extracomment>
        <translation>正在加载硬件…</translation>
    </message>
    <message>
        <source>Loading the timeline…</source>
        <extracomment>Shown in place of the timeline while its content file is being read</extracomment>
        <translation>正在加载时间线…</translation>
    </message>
    <message>
        <source>Loading the partners…</source>
        <extracomment>Shown in place of the partner grid while its content file is being read</extracomment>
        <translation>正在加载合作伙伴…</translation>
    </message>
    <message>
        <source>Loading the reviews…</source>
        <extracomment>Shown in place of the quote wall while its content file is being read</extracomment>
        <translation>正在加载评测…</translation>
    </message>
    <message>
        <source>The content folder holds many items. They appear here as soon as they are read.</source>
        <extracomment>Beneath &quot;Loading the timeline…&quot; and the like, while a large content file is read</extracomment>
        <translation>内容文件夹包含大量条目。读取完成后会立即显示在这里。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message numerus="yes">
        <source>%n content file(s) checked: all valid.</source>
        <extracomment>--check-content summary; %n is the number of files checked</extracomment>
        <translation>
            <numerusform>已检查%n个内容文件：全部有效。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <extracomment>--check-content summary; %n is the number of problems</extracomment>
        <translation>
            <numerusform>发现%n个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>no view has an item “%1”</source>
        <extracomment>%1 is the id given to --item</extracomment>
        <translation>没有视图包含项目“%1”</translation>
    </message>
    <message>
        <source>the %2 view has no item “%1”</source>
        <extracomment>%1 is the id given to --item, %2 the view name</extracomment>
        <translation>%2视图中没有项目“%1”</translation>
    </message>
    <message>
        <source>Invalid content replaced by the bundled files: %1. Run spark-showcase --check-content to see why.</source>
        <extracomment>%1 lists content files that were invalid</extracomment>
        <translation>无效内容已替换为内置文件：%1。运行 spark-showcase --check-content 查看原因。</translation>
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
        <translation>显示%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export Current View…</source>
        <translation>导出当前视图(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the view shown as a picture or document, at any size</source>
        <translation>将当前显示的视图以任意尺寸保存为图片或文档</translation>
    </message>
    <message>
        <source>Export &amp;All Views…</source>
        <translation>导出所有视图(&amp;A)…</translation>
    </message>
    <message>
        <source>Save every view as pictures or documents, in one or more languages</source>
        <translation>将所有视图以一种或多种语言保存为图片或文档</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy View as Image</source>
        <translation>将视图复制为图像(&amp;C)</translation>
    </message>
    <message>
        <source>Put a picture of the view shown on the clipboard</source>
        <translation>将当前视图的图片复制到剪贴板</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Next View</source>
        <translation>下一个视图(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous View</source>
        <translation>上一个视图(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <extracomment>A theme with the strongest contrast between text and background</extracomment>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Reduce Motion</source>
        <extracomment>Stops animations and the rotation of featured quotes</extracomment>
        <translation>减少动态效果(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Spark Showcase</source>
        <translation>关于 Spark Showcase(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>The button that stops a running export, in its progress dialog</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>正在准备导出…</translation>
    </message>
    <message>
        <source>Drawing %1 in %2, file %3 of %4…</source>
        <extracomment>Export progress; %1 a view title, %2 a language name, %3 and %4 numbers</extracomment>
        <translation>正在以%2绘制%1（文件 %3/%4）…</translation>
    </message>
    <message numerus="yes">
        <source>Files exported to %1: %n.</source>
        <extracomment>%n files were saved into the folder %1</extracomment>
        <translation>
            <numerusform>已将%n个文件导出到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export canceled. Files saved: %n.</source>
        <extracomment>%n files were saved before the export was canceled</extracomment>
        <translation>
            <numerusform>导出已取消。已保存的文件：%n个。</numerusform>
        </translation>
    </message>
    <message>
        <source>The export did not finish.</source>
        <translation>导出未完成。</translation>
    </message>
    <message numerus="yes">
        <source>Files saved before it stopped: %n.</source>
        <extracomment>After the reason an export failed; %n files had been saved before</extracomment>
        <translation>
            <numerusform>停止前已保存的文件：%n个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the %1 view to the clipboard.</source>
        <extracomment>%1 is a view title</extracomment>
        <translation>已将%1视图复制到剪贴板。</translation>
    </message>
    <message>
        <source>Views</source>
        <extracomment>Accessible name of the tabs that hold the four views</extracomment>
        <translation>视图</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <extracomment>Edit menu: focuses and selects the search field of the view shown</extracomment>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Search the view shown</source>
        <translation>搜索当前显示的视图</translation>
    </message>
</context>
<context>
    <name>MemoryFitChart</name>
    <message>
        <source>%1 at %2: %3</source>
        <extracomment>Tooltip on a bar of the memory chart: %1 model size, %2 precision, %3 memory</extracomment>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>The label of a reference line on the memory chart: %1 &quot;One DGX Spark&quot;, %2 &quot;128 GB&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A note under the memory chart: %1 a model size such as &quot;70B&quot;, %2 what it stands for</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Weights, %1</source>
        <extracomment>Title of the value axis of the memory chart</extracomment>
        <translation>权重（%1）</translation>
    </message>
    <message>
        <source>Weights only. The KV cache and activations need memory on top, so what runs in practice is smaller.</source>
        <extracomment>Under the memory chart: the bars show weights only</extracomment>
        <translation>仅计权重。KV 缓存和激活值还需要额外内存，因此实际可运行的模型更小。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>What fits in memory</source>
        <translation>内存能容纳的模型</translation>
    </message>
</context>
<context>
    <name>PartDetailCard</name>
    <message>
        <source>Explore</source>
        <extracomment>Eyebrow of the detail card before a part is chosen</extracomment>
        <translation>探索</translation>
    </message>
    <message>
        <source>Pick a part</source>
        <extracomment>Heading of the detail card before a part is chosen</extracomment>
        <translation>选择一个部件</translation>
    </message>
    <message>
        <source>Touch a part of the drawing or a row of the table, or move with the arrow keys, to see what it is, why it matters and where the figure comes from.</source>
        <extracomment>The detail card before a part is chosen: how to choose one</extracomment>
        <translation>轻触图中的部件或表格中的一行，或使用方向键移动，即可查看它是什么、为何重要以及数据来自何处。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <extracomment>Under a fact: where it comes from. %1 is a citation</extracomment>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <extracomment>Under a fact: where it comes from. %1 is a list of citations</extracomment>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Approximate</source>
        <extracomment>Read out for a figure that is approximate
----------
Tag on a figure whose sources are weak</extracomment>
        <translation>估计</translation>
    </message>
    <message>
        <source>Sources</source>
        <extracomment>Heading above the links to the sources of a part (one or several)</extracomment>
        <translation>来源</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>PartialDate</name>
    <message>
        <source>“%1” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>“%1”不是日期；请写成 YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>year %1 is outside %2 to %3</source>
        <translation>年份%1超出了%2至%3的范围</translation>
    </message>
    <message>
        <source>month %1 does not exist</source>
        <translation>不存在%1月</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar</source>
        <translation>%1 不是日历上存在的日期</translation>
    </message>
</context>
<context>
    <name>PartnerDetailPane</name>
    <message>
        <source>Partner details</source>
        <extracomment>Accessible name of the partner detail pane when no partner is selected</extracomment>
        <translation>合作伙伴详情</translation>
    </message>
    <message>
        <source>All partners</source>
        <extracomment>Eyebrow of the partner detail pane when nothing is selected, above the number of partners</extracomment>
        <translation>全部合作伙伴</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A category and how many partners it has, in the detail pane overview</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Choose a tile, or type a name, to see what a partner does with DGX Spark.</source>
        <extracomment>Hint in the partner detail pane when no partner is selected</extracomment>
        <translation>选择一张卡片或输入名称，即可查看合作伙伴用 DGX Spark 做什么。</translation>
    </message>
    <message>
        <source>With DGX Spark</source>
        <extracomment>Heading in the partner detail pane: what the partner does with DGX Spark</extracomment>
        <translation>与 DGX Spark 的合作</translation>
    </message>
    <message>
        <source>Place</source>
        <extracomment>Heading in the partner detail pane: where the partner is</extracomment>
        <translation>地点</translation>
    </message>
    <message>
        <source>People</source>
        <extracomment>Heading in the partner detail pane: the people named with the partner</extracomment>
        <translation>人物</translation>
    </message>
    <message>
        <source>Approximate</source>
        <extracomment>Marks a partner fact that rests on weak sources</extracomment>
        <translation>估计</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <extracomment>%1 the sources of a partner fact, one per line</extracomment>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Sources</source>
        <extracomment>Heading above the links to the sources of a partner (one or several)</extracomment>
        <translation>来源</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>PartnerEmptyState</name>
    <message>
        <source>No partner in this category</source>
        <extracomment>Shown over the partner grid when a category has no partners</extracomment>
        <translation>此类别中没有合作伙伴</translation>
    </message>
    <message>
        <source>No partner matches “%1”</source>
        <extracomment>Shown over the partner grid when the search finds nothing; %1 the search text</extracomment>
        <translation>没有与“%1”匹配的合作伙伴</translation>
    </message>
    <message>
        <source>Clear search</source>
        <extracomment>Button in the empty partner grid that clears the search (and the category filter)</extracomment>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>Show all partners</source>
        <translation>显示全部合作伙伴</translation>
    </message>
    <message>
        <source>Try another spelling, another category, or clear the search.</source>
        <extracomment>Accessible description of the empty partner grid</extracomment>
        <translation>请尝试其他拼写或类别，或清除搜索。</translation>
    </message>
</context>
<context>
    <name>PartnersView</name>
    <message>
        <source>Partners</source>
        <extracomment>Eyebrow above the Partners view&apos;s headline
----------
Accessible name of the grid of partner tiles</extracomment>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Who builds, sells and uses it</source>
        <extracomment>Headline of the Partners view</extracomment>
        <translation>谁在制造、销售和使用它</translation>
    </message>
    <message>
        <source>System makers, chip partners, software, labs, studios and shops: choose one to see what they do with DGX Spark.</source>
        <extracomment>The line under the Partners headline</extracomment>
        <translation>系统厂商、芯片合作伙伴、软件、实验室、工作室和商店：选择其一，看看他们用 DGX Spark 做什么。</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>First chip of the partner category filter</extracomment>
        <translation>全部</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <extracomment>Accessible name of the partner category chips</extracomment>
        <translation>按类别筛选</translation>
    </message>
    <message>
        <source>Search partners</source>
        <extracomment>Placeholder of the partner search field</extracomment>
        <translation>搜索合作伙伴</translation>
    </message>
    <message>
        <source>Finds partners by name, product, place or people; case and accents do not matter.</source>
        <extracomment>Accessible description of the partner search field</extracomment>
        <translation>按名称、产品、地点或人物查找合作伙伴；不区分大小写和重音符号。</translation>
    </message>
    <message>
        <source>One tile per partner. Arrow keys move between tiles; typing starts a search.</source>
        <extracomment>Accessible description of the grid of partner tiles</extracomment>
        <translation>每个合作伙伴一张卡片。使用方向键在卡片之间移动；直接输入即可开始搜索。</translation>
    </message>
</context>
<context>
    <name>PathTrust</name>
    <message>
        <source>cannot check %1: %2</source>
        <extracomment>Kiosk file check; %1 a path, %2 the reason the system gives</extracomment>
        <translation>无法检查 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <extracomment>Kiosk file check; %1 a path</extracomment>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <extracomment>Kiosk file check; %1 a path</extracomment>
        <translation>%1 是文件夹，不是文件</translation>
    </message>
    <message>
        <source>%1 belongs to user %2, neither root nor the kiosk&apos;s user %3</source>
        <extracomment>Kiosk file check; %1 a path, %2 and %3 user ids</extracomment>
        <translation>%1 属于用户 %2，既不是 root，也不是展台的用户 %3</translation>
    </message>
    <message>
        <source>%1 can be written by others than its owner and root (mode %2)</source>
        <extracomment>Kiosk file check; %1 a path, %2 its permissions in octal such as 0666</extracomment>
        <translation>除所有者和 root 外，其他人也能写入 %1（权限 %2）</translation>
    </message>
    <message>
        <source>cannot make the folder %1: %2</source>
        <extracomment>Kiosk file check; %1 a folder, %2 the reason the system gives</extracomment>
        <translation>无法创建文件夹 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>Kiosk file check; %1 a path, %2 the reason the system gives</extracomment>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>PinHash</name>
    <message>
        <source>not a PIN hash; expected pbkdf2-sha256$ITERATIONS$SALT$HASH as spark-showcase --kiosk-hash-pin prints it</source>
        <extracomment>Kiosk settings problem; keep the placeholders ITERATIONS, SALT and HASH and the option name as they are</extracomment>
        <translation>不是 PIN 哈希；应为 spark-showcase --kiosk-hash-pin 输出的 pbkdf2-sha256$ITERATIONS$SALT$HASH</translation>
    </message>
    <message>
        <source>“%1” is not an iteration count from 1 to %2</source>
        <extracomment>Kiosk settings problem; %1 the value found, %2 the largest count accepted</extracomment>
        <translation>“%1”不是 1 到 %2 之间的迭代次数</translation>
    </message>
    <message>
        <source>%1 iterations are too few to slow down a guess; at least %2, hash the PIN again with spark-showcase --kiosk-hash-pin</source>
        <extracomment>Kiosk settings problem; %1 the iterations found, %2 the fewest accepted</extracomment>
        <translation>%1 次迭代太少，无法减慢猜测；至少需要 %2 次，请用 spark-showcase --kiosk-hash-pin 重新哈希 PIN</translation>
    </message>
    <message>
        <source>the salt is not base64 of at least %1 bytes</source>
        <extracomment>Kiosk settings problem; %1 the smallest salt size in bytes</extracomment>
        <translation>盐值不是至少 %1 字节的 base64</translation>
    </message>
    <message>
        <source>the hash is not base64 of %1 bytes</source>
        <extracomment>Kiosk settings problem; %1 the size of the hash in bytes</extracomment>
        <translation>哈希值不是 %1 字节的 base64</translation>
    </message>
    <message>
        <source>the PIN may hold only the digits 0 to 9, the keys of the keypad</source>
        <extracomment>--kiosk-hash-pin refuses a PIN; the on-screen keypad has only digits</extracomment>
        <translation>PIN 只能包含数字 0 到 9，即小键盘上的键</translation>
    </message>
    <message>
        <source>the PIN needs %1 to %2 digits</source>
        <extracomment>--kiosk-hash-pin refuses a PIN; %1 and %2 the fewest and most digits</extracomment>
        <translation>PIN 需要 %1 到 %2 位数字</translation>
    </message>
    <message>
        <source>%1 is the example PIN of the documentation, which the kiosk never accepts</source>
        <extracomment>--kiosk-hash-pin refuses a PIN; %1 the example PIN of the documentation</extracomment>
        <translation>%1 是文档中的示例 PIN，展台从不接受</translation>
    </message>
    <message>
        <source>one digit repeated or a straight run of digits is among the first PINs anyone tries</source>
        <extracomment>--kiosk-hash-pin refuses a PIN such as 0000 or 4567</extracomment>
        <translation>重复同一数字或连续数字是任何人都会先尝试的 PIN</translation>
    </message>
</context>
<context>
    <name>PinOverlay</name>
    <message>
        <source>Wrong PIN. Try again.</source>
        <extracomment>Kiosk operator exit: shown after a wrong PIN</extracomment>
        <translation>PIN 错误，请重试。</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <extracomment>Kiosk operator exit: accessible text of the PIN field; %n digits typed so far</extracomment>
        <translation>
            <numerusform>已输入 %n 位数字</numerusform>
        </translation>
    </message>
    <message>
        <source>Operator exit</source>
        <extracomment>Kiosk operator exit: title of the panel that asks for the PIN
----------
Kiosk operator exit: accessible name of the PIN panel</extracomment>
        <translation>操作员退出</translation>
    </message>
    <message>
        <source>Enter the PIN to leave kiosk mode.</source>
        <extracomment>Kiosk operator exit: asks for the operator PIN</extracomment>
        <translation>输入 PIN 以退出展台模式。</translation>
    </message>
    <message>
        <source>Erase</source>
        <extracomment>Kiosk operator exit keypad: erases the last digit</extracomment>
        <translation>删除</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Kiosk operator exit keypad: submits the PIN</extracomment>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Kiosk operator exit: closes the PIN panel and stays in kiosk mode</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Digit %1</source>
        <extracomment>Kiosk operator exit keypad: accessible name of a digit key; %1 the digit</extracomment>
        <translation>数字 %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <extracomment>Kiosk operator exit: shown after several wrong PINs in a row; %n seconds until the keypad takes digits again</extracomment>
        <translation>
            <numerusform>PIN 错误次数过多。请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <extracomment>Kiosk operator exit: shown while the PIN typed is being checked</extracomment>
        <translation>正在检查 PIN…</translation>
    </message>
</context>
<context>
    <name>PinPrompt</name>
    <message>
        <source>Operator PIN (4 to 12 digits, not shown): </source>
        <extracomment>--kiosk-hash-pin: asks for the PIN, which is not shown as it is typed</extracomment>
        <translation>操作员 PIN（4 到 12 位数字，不显示）：</translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <extracomment>--kiosk-hash-pin: asks for the same PIN a second time</extracomment>
        <translation>再次输入同一 PIN：</translation>
    </message>
    <message>
        <source>no PIN read twice; nothing printed</source>
        <extracomment>--kiosk-hash-pin: the input ended before two PINs were read</extracomment>
        <translation>未读到两次 PIN；未输出任何内容</translation>
    </message>
    <message>
        <source>the two PINs differ; nothing printed</source>
        <extracomment>--kiosk-hash-pin: the two entries differ</extracomment>
        <translation>两次输入的 PIN 不一致；未输出任何内容</translation>
    </message>
    <message>
        <source>%1; nothing printed</source>
        <extracomment>--kiosk-hash-pin refuses a PIN; %1 the reason</extracomment>
        <translation>%1；未输出任何内容</translation>
    </message>
    <message>
        <source>Put this line in the [operator] section of the kiosk settings.</source>
        <extracomment>--kiosk-hash-pin: after the line is printed</extracomment>
        <translation>请将此行放入展台设置的 [operator] 部分。</translation>
    </message>
</context>
<context>
    <name>QrTile</name>
    <message>
        <source>QR code of the source</source>
        <extracomment>Accessible name of the QR code on a card in kiosk mode</extracomment>
        <translation>来源的二维码</translation>
    </message>
    <message>
        <source>Scan it with a phone camera to open %1</source>
        <extracomment>Accessible description of a QR code; %1 is the web address it holds</extracomment>
        <translation>用手机相机扫描即可打开 %1</translation>
    </message>
</context>
<context>
    <name>QuoteCard</name>
    <message>
        <source>Translation</source>
        <extracomment>Marks the line beneath a quote as a translation of its original words</extracomment>
        <translation>译文</translation>
    </message>
    <message>
        <source>From “%1”</source>
        <extracomment>The headline of the review a quote comes from; %1 the headline</extracomment>
        <translation>出自《%1》</translation>
    </message>
    <message>
        <source>approximate</source>
        <extracomment>Marks a quote whose date or attribution rests on weak sources</extracomment>
        <translation>估计</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates date, kind and notes under a quote</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <extracomment>%1 the sources of a quote, one per line</extracomment>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>positive</source>
        <extracomment>The tone of a quote, read out by screen readers</extracomment>
        <translation>正面</translation>
    </message>
    <message>
        <source>measured</source>
        <extracomment>The tone of a quote, read out by screen readers</extracomment>
        <translation>中肯</translation>
    </message>
    <message>
        <source>critical</source>
        <extracomment>The tone of a quote, read out by screen readers</extracomment>
        <translation>批评</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Tone: %1</source>
        <extracomment>Screen reader text: %1 the tone of a quote (positive, measured, critical)</extracomment>
        <translation>语气：%1</translation>
    </message>
    <message>
        <source>Award: %1</source>
        <extracomment>Screen reader text: %1 an award the reviewer gave</extracomment>
        <translation>奖项：%1</translation>
    </message>
    <message>
        <source>Translation: %1</source>
        <extracomment>Screen reader text: %1 the translation of a quote</extracomment>
        <translation>译文：%1</translation>
    </message>
    <message>
        <source>. </source>
        <extracomment>Joins the parts of what a screen reader says about a quote card</extracomment>
        <translation>。</translation>
    </message>
    <message>
        <source>Enter opens the source, %1</source>
        <extracomment>Screen reader text on a quote card: %1 the web address of its source</extracomment>
        <translation>按 Enter 键打开来源 %1</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>%1: %2</source>
        <extracomment>How a quote card is announced: %1 the outlet or author, %2 the quote</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ReviewsView</name>
    <message>
        <source>Reviews</source>
        <extracomment>Eyebrow above the Reviews view&apos;s headline</extracomment>
        <translation>评测</translation>
    </message>
    <message>
        <source>What reviewers said</source>
        <extracomment>Headline of the Reviews view</extracomment>
        <translation>评测者怎么说</translation>
    </message>
    <message>
        <source>In their own words: the praise, the measured verdicts and the criticism, each with its source.</source>
        <extracomment>The line under the Reviews headline</extracomment>
        <translation>原话呈现：赞誉、中肯的评价与批评，均附来源。</translation>
    </message>
    <message>
        <source>All kinds</source>
        <extracomment>First chip of the kind filter: every kind of quote</extracomment>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All outlets</source>
        <extracomment>First chip of the outlet filter: every outlet and author</extracomment>
        <translation>全部媒体</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <extracomment>Accessible name of the filter chips by kind (reviews, videos, social posts, press)</extracomment>
        <translation>按类型筛选</translation>
    </message>
    <message>
        <source>Filter by outlet</source>
        <extracomment>Accessible name of the filter chips by outlet or author</extracomment>
        <translation>按媒体筛选</translation>
    </message>
    <message>
        <source>Quote wall</source>
        <extracomment>Accessible name of the wall of quote cards</extracomment>
        <translation>引语墙</translation>
    </message>
    <message>
        <source>Every quote with its outlet, date and source, in reading order. Arrow keys move between quotes.</source>
        <extracomment>Accessible description of the wall of quote cards</extracomment>
        <translation>所有引语按阅读顺序排列，并附媒体、日期和来源。使用方向键在引语之间移动。</translation>
    </message>
    <message>
        <source>No quote matches these filters. Choose “All kinds” or “All outlets” to see more.</source>
        <extracomment>Shown on the quote wall when the filters leave nothing</extracomment>
        <translation>没有符合这些筛选条件的引语。选择“全部类型”或“全部媒体”以查看更多。</translation>
    </message>
    <message>
        <source>Search quotes</source>
        <extracomment>Placeholder of the quote search field</extracomment>
        <translation>搜索引语</translation>
    </message>
    <message>
        <source>Finds quotes by their words, outlet or author; case and accents do not matter.</source>
        <extracomment>Accessible description of the quote search field</extracomment>
        <translation>按文字、媒体或作者查找引语；不区分大小写和重音符号。</translation>
    </message>
    <message>
        <source>No quote matches “%1” with these filters. Empty the search, or choose “All kinds” or “All outlets”, to see more.</source>
        <extracomment>Shown on the quote wall when the search and filters leave nothing; %1 is the search</extracomment>
        <translation>在这些筛选条件下，没有与“%1”匹配的引语。清空搜索，或选择“全部类型”或“全部媒体”以查看更多。</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <extracomment>Accessible name of the magnifier icon in a search field</extracomment>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Clear search</source>
        <extracomment>Accessible name of the button that empties a search field</extracomment>
        <translation>清除搜索</translation>
    </message>
</context>
<context>
    <name>SourceLink</name>
    <message>
        <source>Opens %1 in the browser</source>
        <extracomment>Accessible description and tooltip of a source link; %1 is its web address</extracomment>
        <translation>在浏览器中打开 %1</translation>
    </message>
</context>
<context>
    <name>SourceModel</name>
    <message>
        <source>Link to %1</source>
        <extracomment>Read out for a source in the About box: %1 its web address</extracomment>
        <translation>指向 %1 的链接</translation>
    </message>
</context>
<context>
    <name>SpecTableDelegate</name>
    <message>
        <source>Approximate</source>
        <extracomment>Tag in the spec table on a figure whose sources are weak</extracomment>
        <translation>估计</translation>
    </message>
</context>
<context>
    <name>TimelineDetailCard</name>
    <message>
        <source>Event details</source>
        <extracomment>Accessible name of the detail card before an event is chosen</extracomment>
        <translation>事件详情</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A fact on the detail card for a screen reader: %1 label (&quot;Where&quot;), %2 value</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Category and era of an event, as one line: %1 category, %2 era</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, approximate</source>
        <extracomment>A date and its &quot;approximate&quot; mark, for a screen reader</extracomment>
        <translation>%1（估计）</translation>
    </message>
    <message>
        <source>One event</source>
        <extracomment>Top line of the detail card before an event is chosen, when the timeline shows one</extracomment>
        <translation>1个事件</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%Ln个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an event</source>
        <extracomment>Heading of the detail card before an event is chosen</extracomment>
        <translation>选择一个事件</translation>
    </message>
    <message>
        <source>Each one tells what happened, where and with whom, in their own words where there is a quote, and where the facts come from.</source>
        <extracomment>Introduction on the detail card before an event is chosen</extracomment>
        <translation>每个事件都会讲述发生了什么、在哪里、与谁有关；如有引语则呈现当事人原话，并注明事实的来源。</translation>
    </message>
    <message>
        <source>Getting around</source>
        <extracomment>Heading on the introduction card: how to use the timeline</extracomment>
        <translation>使用方法</translation>
    </message>
    <message>
        <source>Tap or click an event, or use the arrow keys, Home and End. Zoom with plus and minus, a pinch, or Ctrl and the wheel. Drag to travel through time.</source>
        <extracomment>How to use the timeline, on the introduction card</extracomment>
        <translation>轻触或点击事件，或使用方向键、Home 和 End 键。用加号和减号、双指捏合或 Ctrl 加滚轮缩放。拖动即可穿越时间。</translation>
    </message>
    <message>
        <source>Known to the day</source>
        <extracomment>Legend: a filled dot on the axis</extracomment>
        <translation>精确到日</translation>
    </message>
    <message>
        <source>Known to the month: the bar spans the days it may have happened on</source>
        <extracomment>Legend: a ring with a bar on the axis</extracomment>
        <translation>精确到月：横条覆盖可能发生的日期范围</translation>
    </message>
    <message>
        <source>Years without events, folded to save room</source>
        <extracomment>Legend: the hatched fold in the axis</extracomment>
        <translation>没有事件的年份已折叠以节省空间</translation>
    </message>
    <message>
        <source>Between %1 and %2</source>
        <extracomment>Under a date known only to the month: %1 and %2 are the first and last possible days</extracomment>
        <translation>%1至%2之间</translation>
    </message>
    <message>
        <source>The exact day is not recorded</source>
        <extracomment>Under a date known only to the month or year</extracomment>
        <translation>确切日期未见记载</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>— %1</source>
        <extracomment>Who said a quote, beneath it; %1 is the person</extracomment>
        <translation>——%1</translation>
    </message>
    <message>
        <source>Translation</source>
        <extracomment>Marks the translation beneath a quote shown in its original language</extracomment>
        <translation>译文</translation>
    </message>
    <message>
        <source>Sources</source>
        <extracomment>Heading above the sources of an event (one or several)</extracomment>
        <translation>来源</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Approximate</source>
        <extracomment>A mark next to a date whose fact is not well sourced</extracomment>
        <translation>估计</translation>
    </message>
    <message>
        <source>No events</source>
        <extracomment>Top line of the detail card when the search leaves no event</extracomment>
        <translation>没有事件</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <extracomment>Heading of the detail card when the search leaves no event; %1 is the search</extracomment>
        <translation>没有与“%1”匹配的内容</translation>
    </message>
    <message>
        <source>Empty the search, or choose “All events”, to see every event again.</source>
        <extracomment>On the detail card when the search and the category chips leave no event</extracomment>
        <translation>清空搜索，或选择“全部事件”，即可再次查看所有事件。</translation>
    </message>
</context>
<context>
    <name>TimelineItemView</name>
    <message>
        <source>Timeline events</source>
        <extracomment>Accessible name of the timeline&apos;s list of events</extracomment>
        <translation>时间线事件</translation>
    </message>
    <message>
        <source>Left and right arrows move between events; plus and minus zoom.</source>
        <extracomment>Accessible description of the timeline&apos;s list of events</extracomment>
        <translation>左右方向键在事件之间移动；加号和减号用于缩放。</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>The first and the last year hidden by a fold in the time axis</extracomment>
        <translation>%1—%2</translation>
    </message>
    <message>
        <source>No events in these categories</source>
        <extracomment>Shown on the timeline when no event matches the chosen categories</extracomment>
        <translation>这些类别中没有事件</translation>
    </message>
    <message>
        <source>No events to show</source>
        <translation>没有可显示的事件</translation>
    </message>
    <message>
        <source>Choose another category, or all events.</source>
        <extracomment>Beneath &quot;No events in these categories&quot;</extracomment>
        <translation>请选择其他类别或全部事件。</translation>
    </message>
    <message>
        <source>one year</source>
        <extracomment>Beneath a fold in the time axis that hides a single year without events</extracomment>
        <translation>1年</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n年</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (approximate)</source>
        <extracomment>A date on a timeline card whose fact is uncertain; %1 is the date</extracomment>
        <translation>%1（估计）</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>%1: %2</source>
        <extracomment>How an event is announced: %1 its date, %2 its title</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>The story so far</source>
        <extracomment>Eyebrow above the Timeline view&apos;s headline</extracomment>
        <translation>一路走来</translation>
    </message>
    <message>
        <source>How DGX Spark came to be</source>
        <extracomment>Headline of the Timeline view</extracomment>
        <translation>DGX Spark 的诞生之路</translation>
    </message>
    <message>
        <source>A real time axis: quiet years fold away, and the busiest days open up so that every event can be read.</source>
        <extracomment>The line under the Timeline view&apos;s headline</extracomment>
        <translation>真实的时间轴：平静的年份自动折叠，最繁忙的日子则会展开，让每个事件都清晰可读。</translation>
    </message>
    <message>
        <source>All events</source>
        <extracomment>The filter chip that shows events of every category</extracomment>
        <translation>全部事件</translation>
    </message>
    <message>
        <source>Search events</source>
        <extracomment>Placeholder of the timeline&apos;s search field</extracomment>
        <translation>搜索事件</translation>
    </message>
    <message>
        <source>Finds events by their title, place, people or story; case and accents do not matter.</source>
        <extracomment>Accessible description of the timeline&apos;s search field</extracomment>
        <translation>按标题、地点、人物或经过查找事件；不区分大小写和重音符号。</translation>
    </message>
</context>
<context>
    <name>ViewRegistry</name>
    <message>
        <source>Hardware</source>
        <extracomment>Tab title: the parts and specifications of DGX Spark</extracomment>
        <translation>硬件</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>Tab title: the history from DGX-1 (2016) to DGX Spark (2025)</extracomment>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Partners</source>
        <extracomment>Tab title: companies and labs that build, sell or use DGX Spark</extracomment>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Reviews</source>
        <extracomment>Tab title: what reviewers said</extracomment>
        <translation>评测</translation>
    </message>
</context>
<context>
    <name>ViewRenderer</name>
    <message>
        <source>cannot start a PDF document</source>
        <translation>无法创建 PDF 文档</translation>
    </message>
    <message>
        <source>cannot start an SVG document</source>
        <translation>无法创建 SVG 文档</translation>
    </message>
</context>
</TS>
