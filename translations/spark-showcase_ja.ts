<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Spark Showcase</source>
        <extracomment>Title of the About dialog</extracomment>
        <translation>Spark Showcaseについて</translation>
    </message>
    <message>
        <source>Spark Showcase</source>
        <translation>Spark Showcase</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>出典(&amp;S)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Version %1

The story of NVIDIA DGX Spark: what is inside it, how it got from the first DGX-1 in 2016 to the desk, who builds and uses it, and what reviewers said. Every fact carries its source; all of them are listed below. Click a source, or press Enter on it, to open its web page.</source>
        <extracomment>%1 is the version number</extracomment>
        <translation>バージョン %1

NVIDIA DGX Sparkのストーリー：中には何があるのか、2016年の最初のDGX-1からどのようにしてデスクの上までたどり着いたのか、誰が作り、誰が使うのか、そしてレビュアーは何と言ったのか。すべての事実に出典を添えており、そのすべてを下に一覧で示しています。出典をクリックするか、選んでEnterキーを押すと、そのWebページが開きます。</translation>
    </message>
    <message>
        <source>Every source the content cites. Enter opens the selected source in the browser.</source>
        <extracomment>Accessible description of the list of sources in the About dialog</extracomment>
        <translation>コンテンツが引用するすべての出典。Enterキーで選んだ出典をブラウザーで開きます。</translation>
    </message>
</context>
<context>
    <name>ChipBar</name>
    <message>
        <source>%1, %2</source>
        <extracomment>Accessible name of a filter chip: %1 the category, %2 how many items it holds</extracomment>
        <translation>%1、%2件</translation>
    </message>
</context>
<context>
    <name>CliExport</name>
    <message>
        <source>invalid content in %1; run spark-showcase --check-content %2 to see why</source>
        <extracomment>%1 lists content files that were invalid, %2 the content folder</extracomment>
        <translation>%1のコンテンツが無効です。理由はspark-showcase --check-content %2を実行して確認してください</translation>
    </message>
    <message>
        <source>%1; nothing written, add --force to replace them</source>
        <extracomment>%1 the reason, such as &quot;2 files exist already&quot;</extracomment>
        <translation>%1。何も書き込んでいません。置き換えるには--forceを追加してください</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Spark Showcase tells the story of NVIDIA DGX Spark: its hardware, its timeline, its partners and its reviews.</source>
        <extracomment>Shown at the top of --help</extracomment>
        <translation>Spark Showcaseは、NVIDIA DGX Sparkのストーリーを、そのハードウェア、タイムライン、パートナー、レビューを通じて伝えます。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>Start on the view NAME: %1.</source>
        <extracomment>%1 lists the view names</extracomment>
        <translation>ビューNAMEで起動します：%1。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Start with the item ID selected (a part, an event, a partner or a quote). With --export, select it in every exported view that has it.</source>
        <translation>項目IDを選択した状態で起動します（パーツ、出来事、パートナー、引用のいずれか）。--exportと併用すると、エクスポートするビューのうち、その項目を含むすべてのビューで選択します。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Use the language CODE: %1. With --export, several codes separated by commas, or all.</source>
        <extracomment>%1 lists the language codes</extracomment>
        <translation>言語CODEを使用します：%1。--exportと併用する場合は、カンマ区切りで複数のコードか、allを指定できます。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Use the theme %1.</source>
        <extracomment>%1 lists the theme names</extracomment>
        <translation>テーマ（%1）を使用します。</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>THEME</translation>
    </message>
    <message>
        <source>Replace bundled content files with those found in DIR, file by file.</source>
        <translation>同梱のコンテンツファイルを、DIRにあるファイルでファイルごとに置き換えます。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Validate the content files in DIR, print every problem and exit: 0 when all are valid, 1 otherwise.</source>
        <translation>DIR内のコンテンツファイルを検証し、すべての問題を出力して終了します。すべて有効なら0、それ以外は1を返します。</translation>
    </message>
    <message>
        <source>Exit with status 0 as soon as the main window has painted its first frame.</source>
        <translation>メインウィンドウが最初のフレームを描画したら、すぐに終了ステータス0で終了します。</translation>
    </message>
    <message>
        <source>Export the VIEWS (all, or names separated by commas: %1) as files into --out, without showing a window, and exit.</source>
        <extracomment>%1 lists the view names</extracomment>
        <translation>ウィンドウを表示せずに、VIEWS（all、またはカンマ区切りの名前：%1）をファイルとして--outにエクスポートし、終了します。</translation>
    </message>
    <message>
        <source>VIEWS</source>
        <translation>VIEWS</translation>
    </message>
    <message>
        <source>With --export: the folder to write into, made when missing.</source>
        <translation>--exportと併用：書き込み先のフォルダー。存在しない場合は作成します。</translation>
    </message>
    <message>
        <source>With --export: the size each view is laid out at, in logical pixels (default 1920x1080).</source>
        <translation>--exportと併用：各ビューをレイアウトするサイズ（論理ピクセル単位、既定値1920x1080）。</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>With --export: device pixels per logical pixel of PNG and JPEG files; 2 makes 3840x2160 pixels of a 1920x1080 layout (default 1).</source>
        <translation>--exportと併用：PNGおよびJPEGファイルの、論理ピクセルあたりのデバイスピクセル数。2を指定すると、1920x1080のレイアウトから3840x2160ピクセルの画像になります（既定値1）。</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>With --export: the file format, %1 (default png). PDF and SVG are vector drawings.</source>
        <extracomment>%1 lists the file formats</extracomment>
        <translation>--exportと併用：ファイル形式、%1（既定値png）。PDFとSVGはベクター形式です。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>With --export: the JPEG quality, 0 to 100 (default %1).</source>
        <extracomment>%1 is the default quality</extracomment>
        <translation>--exportと併用：JPEGの品質、0～100（既定値%1）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>With --export: the file names, from the placeholders %1 (default %2).</source>
        <extracomment>%1 lists the placeholders such as {view}, %2 is the default pattern</extracomment>
        <translation>--exportと併用：ファイル名。プレースホルダー%1を使って指定します（既定値%2）。</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>PATTERN</translation>
    </message>
    <message>
        <source>With --export: replace files that exist already.</source>
        <translation>--exportと併用：既存のファイルを置き換えます。</translation>
    </message>
    <message>
        <source>unexpected argument “%1”; see --help</source>
        <extracomment>%1 is the first argument the app did not understand</extracomment>
        <translation>予期しない引数「%1」です。--helpを参照してください</translation>
    </message>
    <message>
        <source>%1 works only with --export</source>
        <extracomment>%1 is an option such as --out</extracomment>
        <translation>%1は--exportと併用する場合にのみ有効です</translation>
    </message>
    <message>
        <source>unknown view “%1”; expected one of: %2</source>
        <extracomment>%1 the view name given, %2 the list of view names</extracomment>
        <translation>不明なビュー「%1」です。次のいずれかを指定してください：%2</translation>
    </message>
    <message>
        <source>--item needs an id</source>
        <translation>--itemにはIDが必要です</translation>
    </message>
    <message>
        <source>unknown language “%1”; expected one of: %2</source>
        <extracomment>%1 the language code given, %2 the list of language codes</extracomment>
        <translation>不明な言語「%1」です。次のいずれかを指定してください：%2</translation>
    </message>
    <message>
        <source>unknown theme “%1”; expected one of: %2</source>
        <extracomment>%1 the theme name given, %2 the list of theme names</extracomment>
        <translation>不明なテーマ「%1」です。次のいずれかを指定してください：%2</translation>
    </message>
    <message>
        <source>the content folder “%1” does not exist</source>
        <extracomment>%1 is a folder path</extracomment>
        <translation>コンテンツフォルダー「%1」が存在しません</translation>
    </message>
    <message>
        <source>%1 does not go with --export</source>
        <extracomment>%1 is an option such as --view</extracomment>
        <translation>%1は--exportと併用できません</translation>
    </message>
    <message>
        <source>--export needs --out DIR, the folder to write into</source>
        <translation>--exportには書き込み先のフォルダー（--out DIR）が必要です</translation>
    </message>
    <message>
        <source>--name-pattern needs a pattern</source>
        <translation>--name-patternにはパターンが必要です</translation>
    </message>
    <message>
        <source>Run as an unattended kiosk: full screen, locked against visitors, touring the views by itself.</source>
        <translation>無人キオスクとして実行します：全画面表示で来場者による操作を制限し、各ビューを自動で巡回します。</translation>
    </message>
    <message>
        <source>With --kiosk: read the kiosk settings (dwell times, idle timeout, operator PIN, heartbeat...) from the INI FILE.</source>
        <translation>--kiosk と併用：キオスクの設定（表示時間、無操作タイムアウト、オペレーターPIN、ハートビートなど）をINIファイル FILE から読み込みます。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>With --kiosk: show the window full screen on screen N, counted from 0.</source>
        <translation>--kiosk と併用：ウィンドウを画面 N（0から数える）に全画面表示します。</translation>
    </message>
    <message>
        <source>%1 works only with --kiosk</source>
        <extracomment>%1 is an option such as --screen</extracomment>
        <translation>%1 は --kiosk と併用した場合のみ有効です</translation>
    </message>
    <message>
        <source>--kiosk-config needs a file</source>
        <translation>--kiosk-config にはファイルを指定してください</translation>
    </message>
    <message>
        <source>--screen needs a screen number from 0, not “%1”</source>
        <extracomment>%1 the value given to --screen</extracomment>
        <translation>--screen には0以上の画面番号を指定してください（「%1」は無効です）</translation>
    </message>
    <message>
        <source>--check-content does not go with --kiosk</source>
        <translation>--check-content は --kiosk と併用できません</translation>
    </message>
    <message>
        <source>With --kiosk: write the heartbeat to FILE, whatever the kiosk settings say (the systemd unit passes the file its watchdog reads).</source>
        <translation>--kiosk と併用：キオスクの設定にかかわらず、ハートビートをファイル FILE に書き込みます（systemd ユニットが、そのウォッチドッグが読むファイルを渡します）。</translation>
    </message>
    <message>
        <source>Ask for an operator PIN twice, without showing it, and print the [operator] pin line for the kiosk settings; read two lines from standard input when it is not a terminal.</source>
        <translation>オペレーターPINを表示せずに2回たずね、キオスク設定の [operator] セクション用の pin 行を出力します。標準入力が端末でない場合は、そこから2行を読み込みます。</translation>
    </message>
    <message>
        <source>%1 does not go with --kiosk-hash-pin</source>
        <extracomment>%1 is an option such as --view</extracomment>
        <translation>%1は--kiosk-hash-pinと併用できません</translation>
    </message>
    <message>
        <source>--heartbeat needs a file</source>
        <translation>--heartbeat にはファイルを指定してください</translation>
    </message>
    <message>
        <source>With --export: add a QR code of the first source&apos;s web address to the detail card of the selected item and to the featured quote, as kiosk screens show them.</source>
        <translation>--export と併用：選んだ項目の詳細カードと注目の引用に、最初の出典のWebアドレスのQRコードを、キオスク画面と同じように加えます。</translation>
    </message>
    <message>
        <source>Exit with status 0 as soon as the main window has painted the whole content, large content files included.</source>
        <extracomment>--help: for start-up measurements of a content folder with large files</extracomment>
        <translation>大きなコンテンツファイルも含め、メインウィンドウがすべてのコンテンツを描画したらすぐに状態 0 で終了します。</translation>
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
        <translation>推定</translation>
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
        <translation>対数目盛</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A note under a chart: %1 the system, %2 the note</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Each measure on its own scale; bars on a log scale grow by powers of ten.</source>
        <extracomment>The line above the &quot;Then and now&quot; charts</extracomment>
        <translation>指標ごとに目盛りが異なります。対数目盛の棒は10の累乗で伸びます。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典：%1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>出典：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Then and now</source>
        <translation>当時と今</translation>
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
        <translation>コンテンツフォルダーを開く</translation>
    </message>
    <message>
        <source>&amp;Open Content Folder…</source>
        <extracomment>File menu: choose a folder whose content files replace the bundled ones</extracomment>
        <translation>コンテンツフォルダーを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Show the content files of a folder in place of the bundled ones, and follow their changes</source>
        <translation>同梱のファイルの代わりにフォルダー内のコンテンツファイルを表示し、その変更に追従します</translation>
    </message>
    <message>
        <source>&amp;Reload Content</source>
        <extracomment>File menu: read the content folder in use again</extracomment>
        <translation>コンテンツを再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Read the content folder again now</source>
        <translation>今すぐコンテンツフォルダーを読み直します</translation>
    </message>
    <message>
        <source>Use &amp;Bundled Content</source>
        <extracomment>File menu: stop using a content folder and show the content built into the app</extracomment>
        <translation>同梱のコンテンツを使用(&amp;B)</translation>
    </message>
    <message>
        <source>Show the content built into the app again</source>
        <translation>アプリに同梱のコンテンツを再び表示します</translation>
    </message>
    <message>
        <source>Show the problems found in the content folder</source>
        <translation>コンテンツフォルダーで見つかった問題を表示します</translation>
    </message>
    <message>
        <source>Bundled content</source>
        <extracomment>Status bar: the app shows its own content, no folder is open</extracomment>
        <translation>同梱のコンテンツ</translation>
    </message>
    <message>
        <source>The content built into the app. File › Open Content Folder… shows your own.</source>
        <translation>アプリに同梱のコンテンツです。ファイル › コンテンツフォルダーを開く… で独自のコンテンツを表示できます。</translation>
    </message>
    <message>
        <source>Content: %1 · no problems</source>
        <extracomment>Status bar: %1 is the content folder&apos;s name</extracomment>
        <translation>コンテンツ：%1 · 問題なし</translation>
    </message>
    <message numerus="yes">
        <source>Content: %1 · %n problem(s)</source>
        <extracomment>Status bar: %1 is the content folder&apos;s name; %n problems were found in it</extracomment>
        <translation>
            <numerusform>コンテンツ：%1 · 問題 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Click to show its problems.</source>
        <extracomment>Tooltip of the content status; %1 is the folder&apos;s full path</extracomment>
        <translation>%1
クリックすると問題を表示します。</translation>
    </message>
    <message>
        <source>Content: %1 · reading…</source>
        <extracomment>Status bar while large content files are still being read after the window opened; %1 is the content folder&apos;s name</extracomment>
        <translation>コンテンツ：%1 · 読み込み中…</translation>
    </message>
</context>
<context>
    <name>ContentLoader</name>
    <message>
        <source>the file does not exist</source>
        <translation>ファイルが存在しません</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>the file is %1 bytes; the limit is %2 bytes</source>
        <translation>ファイルサイズは%1バイトです。上限は%2バイトです</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>読み込めません：%1</translation>
    </message>
    <message>
        <source>the file is over the limit of %1 bytes</source>
        <translation>ファイルが上限の%1バイトを超えています</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>フォルダーではありません</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>フォルダーが存在しません</translation>
    </message>
    <message>
        <source>holds none of the content files (%1)</source>
        <extracomment>%1 lists the content file names</extracomment>
        <translation>コンテンツファイル（%1）が1つも含まれていません</translation>
    </message>
</context>
<context>
    <name>ContentParser</name>
    <message>
        <source>more problems were found; fix the ones above and check again</source>
        <extracomment>Shown after the first hundred problems in one content file.</extracomment>
        <translation>ほかにも問題が見つかりました。上記の問題を修正してから、もう一度確認してください</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2 (byte offset %3): %4</source>
        <extracomment>%1 line, %2 column, %3 byte offset, %4 the parser&apos;s reason</extracomment>
        <translation>%1行目、%2列目（バイトオフセット%3）のJSONが無効です：%4</translation>
    </message>
    <message>
        <source>the file must hold one JSON object: {&quot;schemaVersion&quot;: 1, &quot;items&quot;: [...]}</source>
        <translation>ファイルには1つのJSONオブジェクトが必要です：{&quot;schemaVersion&quot;: 1, &quot;items&quot;: [...]}</translation>
    </message>
    <message>
        <source>required field is missing; write &quot;schemaVersion&quot;: %1</source>
        <translation>必須フィールドがありません。&quot;schemaVersion&quot;: %1 と記述してください</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>%1ではなく整数で指定してください</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this app supports (%2); update the app or write the older format</source>
        <translation>スキーマバージョン%1は、このアプリが対応するバージョン（%2）より新しいです。アプリを更新するか、古い形式で記述してください</translation>
    </message>
    <message>
        <source>schema version %1 does not exist; write %2</source>
        <translation>スキーマバージョン%1は存在しません。%2と記述してください</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>必須フィールドがありません</translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation>%1ではなく配列で指定してください</translation>
    </message>
    <message>
        <source>%1 items is over the limit of %2</source>
        <translation>項目数%1は上限の%2を超えています</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>%1ではなくオブジェクトで指定してください</translation>
    </message>
    <message>
        <source>unknown field; expected one of: %1</source>
        <extracomment>A field name in a content file is not one the format knows; %1 lists the known ones.</extracomment>
        <translation>不明なフィールドです。次のいずれかを指定してください：%1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>空にはできません</translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation>長さが%1文字です。上限は%2文字です</translation>
    </message>
    <message>
        <source>contains the control character U+%1</source>
        <translation>制御文字U+%1が含まれています</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>%1ではなく文字列で指定してください</translation>
    </message>
    <message>
        <source>must be a text object such as {&quot;en&quot;: &quot;…&quot;, &quot;de&quot;: &quot;…&quot;}, not %1</source>
        <translation>%1ではなく、{&quot;en&quot;: &quot;…&quot;, &quot;de&quot;: &quot;…&quot;}のようなテキストオブジェクトで指定してください</translation>
    </message>
    <message>
        <source>“%1” is not a language code such as “de” or “zh_CN”</source>
        <translation>「%1」は「de」や「zh_CN」のような言語コードではありません</translation>
    </message>
    <message>
        <source>the English text is missing</source>
        <translation>英語のテキストがありません</translation>
    </message>
    <message>
        <source>%1 entries is over the limit of %2</source>
        <translation>エントリ数%1は上限の%2を超えています</translation>
    </message>
    <message>
        <source>must be a date string such as &quot;2025-10-15&quot;, not %1</source>
        <translation>%1ではなく、&quot;2025-10-15&quot;のような日付文字列で指定してください</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>%1ではなく数値で指定してください</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1は%2～%3の範囲外です</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>%1ではなくtrueまたはfalseで指定してください</translation>
    </message>
    <message>
        <source>unknown value “%1”; expected one of: %2</source>
        <translation>不明な値「%1」です。次のいずれかを指定してください：%2</translation>
    </message>
    <message>
        <source>must be an array of source ids, not %1</source>
        <translation>%1ではなく、出典IDの配列で指定してください</translation>
    </message>
    <message>
        <source>must name at least one source</source>
        <translation>出典を1つ以上指定してください</translation>
    </message>
    <message>
        <source>“%1” is not a web address starting with https://</source>
        <extracomment>%1 is the address as written in the content file</extracomment>
        <translation>「%1」はhttps://で始まるWebアドレスではありません</translation>
    </message>
    <message>
        <source>“%1” is not a seed number such as “004”</source>
        <translation>「%1」は「004」のようなシード番号ではありません</translation>
    </message>
    <message>
        <source>must be [x, y, width, height] inside the 100 × 100 diagram, with a width and a height</source>
        <translation>100 × 100の図に収まる[x, y, width, height]で、幅と高さを持つ必要があります</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>整数で指定してください</translation>
    </message>
    <message>
        <source>the era ends before it starts</source>
        <translation>時代の終わりが始まりより前になっています</translation>
    </message>
    <message>
        <source>%1 must fall within the date %2</source>
        <extracomment>%1 is a field name, %2 the event&apos;s date</extracomment>
        <translation>%1は日付%2の範囲内にする必要があります</translation>
    </message>
    <message>
        <source>notAfter is earlier than notBefore</source>
        <translation>notAfterがnotBeforeより前になっています</translation>
    </message>
    <message>
        <source>give the document’s title or a description, not both</source>
        <translation>文書のタイトルか説明のどちらか一方を指定してください。両方は指定できません</translation>
    </message>
    <message>
        <source>no title and no description: give the document’s own title, or describe it when it has none</source>
        <translation>タイトルも説明もありません。文書自体のタイトルを指定するか、タイトルがない場合は説明を書いてください</translation>
    </message>
    <message>
        <source>no url and no note: give the document’s https address, or a note saying why it has none (a print-only or deleted page)</source>
        <extracomment>A source in a content file has neither a web address nor a note saying why; &quot;url&quot; and &quot;note&quot; are field names, not to be translated</extracomment>
        <translation>url も note もありません。文書の https アドレスを指定するか、アドレスがない理由（印刷物のみ、削除されたページなど）を note に書いてください</translation>
    </message>
</context>
<context>
    <name>ContentProblemsPanel</name>
    <message>
        <source>Copied</source>
        <extracomment>A copy button&apos;s label for a moment after it was pressed</extracomment>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>Content Problems</source>
        <extracomment>Title of the panel that lists the problems of the content folder in use</extracomment>
        <translation>コンテンツの問題</translation>
    </message>
    <message>
        <source>Reload</source>
        <extracomment>Reads the content folder again now</extracomment>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Reload the content folder</source>
        <translation>コンテンツフォルダーを再読み込み</translation>
    </message>
    <message>
        <source>Copy All</source>
        <extracomment>Copies every problem listed, one a line</extracomment>
        <translation>すべてコピー</translation>
    </message>
    <message>
        <source>Copy all problems</source>
        <translation>すべての問題をコピー</translation>
    </message>
    <message>
        <source>Bundled content</source>
        <extracomment>Heading of the problems panel when no content folder is open</extracomment>
        <translation>同梱のコンテンツ</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <extracomment>The number of problems found in the content folder</extracomment>
        <translation>
            <numerusform>%n 件の問題が見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder cannot be used: the bundled content is shown until it can be read.</source>
        <translation>このフォルダーは使用できません。読み込めるようになるまで同梱のコンテンツを表示します。</translation>
    </message>
    <message>
        <source>%1 has problems: its last good version stays on screen.</source>
        <extracomment>%1 is a content file name, such as partners.json</extracomment>
        <translation>%1 に問題があります。最後に有効だった版が表示されたままです。</translation>
    </message>
    <message>
        <source>%1 has problems: the bundled file is shown in its place.</source>
        <extracomment>%1 is a content file name, such as partners.json</extracomment>
        <translation>%1 に問題があります。代わりに同梱のファイルを表示しています。</translation>
    </message>
    <message>
        <source>Fix the files and save them: this list follows the folder.</source>
        <translation>ファイルを修正して保存してください。この一覧はフォルダーの変更に追従します。</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>A button beside one problem that copies its line to the clipboard</extracomment>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy problem %1</source>
        <extracomment>Accessible name of the copy button of problem %1 (1, 2, 3…)</extracomment>
        <translation>問題 %1 をコピー</translation>
    </message>
    <message>
        <source>Copy this line to the clipboard</source>
        <translation>この行をクリップボードにコピー</translation>
    </message>
    <message>
        <source>No content folder is open.</source>
        <extracomment>Empty problems panel, when the app shows its own content</extracomment>
        <translation>コンテンツフォルダーが開かれていません。</translation>
    </message>
    <message>
        <source>Open one with File › Open Content Folder… to show your own content files and check them here.</source>
        <translation>ファイル › コンテンツフォルダーを開く… で開くと、独自のコンテンツファイルを表示し、ここで確認できます。</translation>
    </message>
    <message>
        <source>No problems found in %1.</source>
        <extracomment>Empty problems panel; %1 is the content folder&apos;s name</extracomment>
        <translation>%1 に問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Every content file in the folder is valid and on screen. Files you save there show at once.</source>
        <translation>フォルダー内のすべてのコンテンツファイルは有効で、表示されています。保存したファイルはすぐに反映されます。</translation>
    </message>
    <message>
        <source>Problems</source>
        <extracomment>Accessible name of the scrolling list of problems</extracomment>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>ContentReferences</name>
    <message>
        <source>must be a string, not %1</source>
        <translation>%1ではなく文字列で指定してください</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>空にはできません</translation>
    </message>
    <message>
        <source>“%1” is not a valid id: use up to %2 lowercase letters, digits, “-”, “_” or “.”, starting with a letter or a digit</source>
        <translation>「%1」は有効なIDではありません。英小文字、数字、「-」「_」「.」を%2文字以内で使い、英字か数字で始めてください</translation>
    </message>
    <message>
        <source>duplicate id “%1”, first used at %2</source>
        <extracomment>%2 is the JSON pointer of the first entry with the same id</extracomment>
        <translation>ID「%1」が重複しています（最初の使用箇所：%2）</translation>
    </message>
    <message>
        <source>unknown value “%1”; expected one of: %2</source>
        <translation>不明な値「%1」です。次のいずれかを指定してください：%2</translation>
    </message>
    <message>
        <source>unknown system; expected one of: %1</source>
        <translation>不明なシステムです。次のいずれかを指定してください：%1</translation>
    </message>
    <message>
        <source>source “%1” is cited by nothing in this file; cite it or remove it</source>
        <extracomment>%1 is a source id</extracomment>
        <translation>出典「%1」はこのファイルのどこからも引用されていません。引用するか削除してください</translation>
    </message>
</context>
<context>
    <name>ContentSource</name>
    <message>
        <source>The content folder %1 no longer exists; the bundled content is shown.</source>
        <extracomment>Status bar notice at start; %1 is the folder chosen in an earlier run</extracomment>
        <translation>コンテンツフォルダー %1 はもう存在しません。同梱のコンテンツを表示しています。</translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message>
        <source>Touch to stay</source>
        <extracomment>Kiosk: large line over the screen after a minute without input; touching keeps the visitor&apos;s screen as it is, otherwise the tour starts over</extracomment>
        <translation>タッチするとこの画面のままになります</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n second(s)</source>
        <extracomment>Kiosk: under &quot;Touch to stay&quot;; %n is the number of seconds before the tour starts over</extracomment>
        <translation>
            <numerusform>%n秒後に最初から再開します</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Current View</source>
        <translation>現在のビューをエクスポート</translation>
    </message>
    <message>
        <source>Export All Views</source>
        <translation>すべてのビューをエクスポート</translation>
    </message>
    <message>
        <source>Views:</source>
        <translation>ビュー：</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>The list of views, separated by commas</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>サイズ(&amp;S)：</translation>
    </message>
    <message>
        <source>Current window (%1 × %2)</source>
        <extracomment>A size preset: the size of the view in the window now; %1 x %2 pixels</extracomment>
        <translation>現在のウィンドウ（%1 × %2）</translation>
    </message>
    <message>
        <source>Full HD (%1 × %2)</source>
        <extracomment>A size preset for slides and screens; %1 x %2 pixels</extracomment>
        <translation>フルHD（%1 × %2）</translation>
    </message>
    <message>
        <source>4K UHD (%1 × %2)</source>
        <extracomment>A size preset for large screens and print; %1 x %2 pixels</extracomment>
        <translation>4K UHD（%1 × %2）</translation>
    </message>
    <message>
        <source>Square (%1 × %2)</source>
        <extracomment>A size preset for social media posts; %1 x %2 pixels</extracomment>
        <translation>正方形（%1 × %2）</translation>
    </message>
    <message>
        <source>Portrait (%1 × %2)</source>
        <extracomment>A size preset for phones and portrait screens; %1 x %2 pixels</extracomment>
        <translation>縦長（%1 × %2）</translation>
    </message>
    <message>
        <source>Custom</source>
        <extracomment>A size preset: the width and height typed beside it</extracomment>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>幅</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <source>Width in logical pixels</source>
        <translation>幅（論理ピクセル）</translation>
    </message>
    <message>
        <source>Height in logical pixels</source>
        <translation>高さ（論理ピクセル）</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>倍率(&amp;C)：</translation>
    </message>
    <message>
        <source>1× (standard)</source>
        <extracomment>Scale 1x: one image pixel per logical pixel</extracomment>
        <translation>1×（標準）</translation>
    </message>
    <message>
        <source>2× (high density)</source>
        <extracomment>Scale 2x: two image pixels per logical pixel, for sharp text on high-density screens</extracomment>
        <translation>2×（高密度）</translation>
    </message>
    <message>
        <source>Pixels per logical pixel in PNG and JPEG files. PDF and SVG are vector drawings and sharp at any size.</source>
        <translation>PNGおよびJPEGファイルでの、論理ピクセルあたりのピクセル数。PDFとSVGはベクター形式なので、どのサイズでも鮮明です。</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F)：</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG画像</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG画像</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>PDF文書（ベクター）</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>SVG図形（ベクター）</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <extracomment>JPEG compression quality, 0 (smallest file) to 100 (best picture)</extracomment>
        <translation>品質(&amp;Q)：</translation>
    </message>
    <message>
        <source>JPEG quality: 0 gives the smallest file, 100 the best picture.</source>
        <translation>JPEGの品質：0でファイルが最も小さく、100で画質が最も高くなります。</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T)：</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>ハイコントラスト</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>言語(&amp;L)：</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Each checked language gives one file per view.</source>
        <translation>チェックした言語ごとに、ビュー1つにつき1ファイルを作成します。</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>フォルダー(&amp;O)：</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the folder the files are saved in</source>
        <translation>ファイルの保存先フォルダーを選択</translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation>ファイル名(&amp;N)：</translation>
    </message>
    <message>
        <source>File-name pattern</source>
        <translation>ファイル名パターン</translation>
    </message>
    <message>
        <source>{view} view name, {lang} language code, {w} and {h} width and height, {scale} scale, {theme} theme, {ext} file extension.</source>
        <extracomment>Explains the placeholders of a file-name pattern; keep the words in braces unchanged</extracomment>
        <translation>{view} ビュー名、{lang} 言語コード、{w}と{h} 幅と高さ、{scale} 倍率、{theme} テーマ、{ext} 拡張子。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>The current view as it will be exported, in the first language checked</source>
        <translation>エクスポートされる現在のビュー（チェックした最初の言語で表示）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Check at least one language.</source>
        <translation>言語を1つ以上チェックしてください。</translation>
    </message>
    <message>
        <source>Choose a folder for the files.</source>
        <translation>ファイルの保存先フォルダーを選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>Files: %n, such as %1</source>
        <extracomment>%1 is the name of the first file; %n the number of files</extracomment>
        <translation>
            <numerusform>ファイル：%n個（例：%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <extracomment>The dialog&apos;s main button</extracomment>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>エクスポート先</translation>
    </message>
    <message numerus="yes">
        <source>Files that exist already: %n.</source>
        <extracomment>%n is the number of files that exist already</extracomment>
        <translation>
            <numerusform>既存のファイル：%n個。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace them with the new pictures in %1?</source>
        <extracomment>%1 is the folder</extracomment>
        <translation>%1内のこれらのファイルを新しい画像で置き換えますか？</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>置き換える(&amp;R)</translation>
    </message>
    <message>
        <source>Add &amp;QR codes of the sources</source>
        <extracomment>Check box in the export dialog; the codes are those kiosk screens show</extracomment>
        <translation>出典のQRコードを追加(&amp;Q)</translation>
    </message>
    <message>
        <source>Detail cards and the featured quote show a QR code of their first source&apos;s web address, as on kiosk screens.</source>
        <translation>詳細カードと注目の引用に、キオスク画面と同じく、最初の出典のWebアドレスのQRコードを表示します。</translation>
    </message>
</context>
<context>
    <name>ExportPlan</name>
    <message>
        <source>no output folder given</source>
        <translation>出力フォルダーが指定されていません</translation>
    </message>
    <message>
        <source>the file-name pattern has an unknown placeholder %1; known: %2</source>
        <extracomment>%1 a placeholder such as {date}, %2 the list of known placeholders</extracomment>
        <translation>ファイル名パターンに不明なプレースホルダー%1があります。使用できるもの：%2</translation>
    </message>
    <message>
        <source>the file-name pattern “%1” gives “%2”, which is not a file name</source>
        <extracomment>%1 the file-name pattern, %2 the name it gave</extracomment>
        <translation>ファイル名パターン「%1」から得られる「%2」は、ファイル名として使えません</translation>
    </message>
    <message>
        <source>the file-name pattern “%1” names two files “%2”; add {view} or {lang}</source>
        <extracomment>%1 the file-name pattern, %2 a file name</extracomment>
        <translation>ファイル名パターン「%1」では、2つのファイルが同じ名前「%2」になります。{view}または{lang}を追加してください</translation>
    </message>
</context>
<context>
    <name>ExportRequest</name>
    <message>
        <source>no view to export</source>
        <translation>エクスポートするビューがありません</translation>
    </message>
    <message>
        <source>unknown view “%1”; expected all or one of: %2</source>
        <extracomment>%1 the view name given, %2 the list of view names</extracomment>
        <translation>不明なビュー「%1」です。allまたは次のいずれかを指定してください：%2</translation>
    </message>
    <message>
        <source>no language to export</source>
        <translation>エクスポートする言語がありません</translation>
    </message>
    <message>
        <source>unknown language “%1”; expected all or one of: %2</source>
        <extracomment>%1 the language code given, %2 the list of language codes</extracomment>
        <translation>不明な言語「%1」です。allまたは次のいずれかを指定してください：%2</translation>
    </message>
    <message>
        <source>the scale %1 is outside %2 to %3</source>
        <extracomment>%1 the scale given, %2 and %3 the smallest and largest scale</extracomment>
        <translation>倍率%1は%2～%3の範囲外です</translation>
    </message>
    <message>
        <source>%1 pixels is %2 megapixels; the most an export may have is %3</source>
        <extracomment>%1 the size in pixels such as 20000x10000, %2 its megapixels, %3 the limit</extracomment>
        <translation>%1ピクセルは%2メガピクセルです。エクスポートの上限は%3です</translation>
    </message>
    <message>
        <source>the quality %1 is outside 0 to 100</source>
        <translation>品質%1は0～100の範囲外です</translation>
    </message>
    <message>
        <source>this build cannot write %1 files</source>
        <extracomment>%1 a file format such as jpg</extracomment>
        <translation>このビルドでは%1ファイルを書き出せません</translation>
    </message>
    <message>
        <source>the size “%1” is not WIDTHxHEIGHT, such as 1920x1080</source>
        <extracomment>%1 the size given on the command line</extracomment>
        <translation>サイズ「%1」がWIDTHxHEIGHTの形式（例：1920x1080）ではありません</translation>
    </message>
    <message>
        <source>the size “%1” has a side of zero pixels</source>
        <translation>サイズ「%1」に長さ0ピクセルの辺があります</translation>
    </message>
    <message>
        <source>the size “%1” is over %2 pixels on a side</source>
        <extracomment>%1 the size given, %2 the longest side allowed, in pixels</extracomment>
        <translation>サイズ「%1」の辺が%2ピクセルを超えています</translation>
    </message>
    <message>
        <source>the scale “%1” is not a number from %2 to %3</source>
        <extracomment>%1 the scale given, %2 and %3 the smallest and largest scale</extracomment>
        <translation>倍率「%1」が%2～%3の数値ではありません</translation>
    </message>
    <message>
        <source>unknown format “%1”; expected one of: %2</source>
        <extracomment>%1 the format given, %2 the list of formats</extracomment>
        <translation>不明な形式「%1」です。次のいずれかを指定してください：%2</translation>
    </message>
    <message>
        <source>the quality “%1” is not a whole number from 0 to 100</source>
        <extracomment>%1 the JPEG quality given</extracomment>
        <translation>品質「%1」が0～100の整数ではありません</translation>
    </message>
    <message>
        <source>the view list “%1” has an empty entry</source>
        <extracomment>%1 the list of views given, such as &quot;hardware,,timeline&quot;</extracomment>
        <translation>ビューのリスト「%1」に空の項目があります</translation>
    </message>
    <message>
        <source>the language list “%1” has an empty entry</source>
        <extracomment>%1 the list of languages given, such as &quot;de,,ja&quot;</extracomment>
        <translation>言語のリスト「%1」に空の項目があります</translation>
    </message>
    <message>
        <source>unknown theme “%1”; expected one of: %2</source>
        <extracomment>%1 the theme name given, %2 the list of theme names</extracomment>
        <translation>不明なテーマ「%1」です。次のいずれかを指定してください：%2</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>no view of %2 has an item “%1”</source>
        <extracomment>%1 the item id given, %2 the list of views exported</extracomment>
        <translation>%2のどのビューにも項目「%1」がありません</translation>
    </message>
    <message>
        <source>the output folder “%1” is a file</source>
        <extracomment>%1 the output folder given, which is a file</extracomment>
        <translation>出力フォルダー「%1」はファイルです</translation>
    </message>
    <message>
        <source>cannot write into the output folder “%1”: permission denied</source>
        <extracomment>%1 the output folder</extracomment>
        <translation>出力フォルダー「%1」に書き込めません：アクセス権がありません</translation>
    </message>
    <message>
        <source>cannot create the output folder “%1”: “%2” is not a writable folder</source>
        <extracomment>%1 the output folder, %2 the nearest existing folder or file on its path</extracomment>
        <translation>出力フォルダー「%1」を作成できません：「%2」は書き込み可能なフォルダーではありません</translation>
    </message>
    <message numerus="yes">
        <source>files exist already (%n), such as “%1”</source>
        <extracomment>%1 the first file that exists; %n how many exist in all</extracomment>
        <translation>
            <numerusform>既存のファイルがあります（%n個、例：「%1」）</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot create the output folder “%1”</source>
        <translation>出力フォルダー「%1」を作成できません</translation>
    </message>
    <message>
        <source>cannot write into the output folder “%1”: %2</source>
        <extracomment>%1 the output folder, %2 the reason from the system</extracomment>
        <translation>出力フォルダー「%1」に書き込めません：%2</translation>
    </message>
    <message numerus="yes">
        <source>export canceled; files saved before: %n</source>
        <extracomment>%n files were saved before the user canceled</extracomment>
        <translation>
            <numerusform>エクスポートをキャンセルしました。それまでに保存したファイル：%n個</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot draw “%1”: not enough memory for %2 pixels</source>
        <extracomment>%1 a file name, %2 its size in pixels such as 3840x2160</extracomment>
        <translation>「%1」を描画できません：%2ピクセル分のメモリが足りません</translation>
    </message>
    <message>
        <source>cannot draw “%1”: %2</source>
        <extracomment>%1 a file name, %2 the reason</extracomment>
        <translation>「%1」を描画できません：%2</translation>
    </message>
    <message>
        <source>cannot encode “%1”: %2</source>
        <extracomment>%1 a file name, %2 the reason from the image writer</extracomment>
        <translation>「%1」をエンコードできません：%2</translation>
    </message>
    <message>
        <source>cannot save “%1”: %2</source>
        <extracomment>%1 a file name, %2 the reason from the system</extracomment>
        <translation>「%1」を保存できません：%2</translation>
    </message>
    <message>
        <source>there is no such view</source>
        <translation>そのようなビューはありません</translation>
    </message>
</context>
<context>
    <name>FeaturedQuote</name>
    <message>
        <source>Featured quote</source>
        <extracomment>Accessible name of the rotating quote at the top of the Reviews view
----------
Label above the rotating quote at the top of the Reviews view</extracomment>
        <translation>注目の引用</translation>
    </message>
    <message>
        <source>. </source>
        <translation>。</translation>
    </message>
    <message>
        <source>Pause rotation</source>
        <extracomment>Button that stops the featured quotes from changing by themselves</extracomment>
        <translation>切り替えを一時停止</translation>
    </message>
    <message>
        <source>Play rotation</source>
        <extracomment>Button that lets the featured quotes change by themselves again</extracomment>
        <translation>切り替えを再開</translation>
    </message>
    <message>
        <source>The featured quote changes every few seconds; Space pauses and plays.</source>
        <extracomment>Accessible description of the pause/play button</extracomment>
        <translation>注目の引用は数秒ごとに切り替わります。スペースキーで一時停止と再開を切り替えます。</translation>
    </message>
    <message>
        <source>Previous quote</source>
        <extracomment>Button that shows the previous featured quote</extracomment>
        <translation>前の引用</translation>
    </message>
    <message>
        <source>Next quote</source>
        <extracomment>Button that shows the next featured quote</extracomment>
        <translation>次の引用</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典：%1</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Position in the featured quotes: %1 of %2</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No featured quotes</source>
        <extracomment>Shown where the featured quote would be when no quote is featured</extracomment>
        <translation>注目の引用はありません</translation>
    </message>
    <message>
        <source>Sources</source>
        <extracomment>Heading above the link to the source of the featured quote (one or several)</extracomment>
        <translation>出典</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>USD</source>
        <extracomment>Unit symbol for US dollars on a chart axis</extracomment>
        <translation>米ドル</translation>
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
        <translation>%1（%2、%3）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A source: %1 title, %2 publisher or date</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A source in few words: %1 publisher, %2 date</extracomment>
        <translation>%1、%2</translation>
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
        <translation>%1、%2：%3</translation>
    </message>
</context>
<context>
    <name>HardwareDiagram</name>
    <message>
        <source>Hardware diagram</source>
        <extracomment>Accessible name of the illustrated breakdown of the machine</extracomment>
        <translation>ハードウェア図</translation>
    </message>
    <message>
        <source>The parts of the machine. Use the arrow keys to move between parts and Enter to select one.</source>
        <extracomment>Accessible description of the hardware diagram</extracomment>
        <translation>マシンを構成するパーツです。矢印キーでパーツ間を移動し、Enterキーで選択します。</translation>
    </message>
    <message>
        <source>%1 (approximate)</source>
        <extracomment>Accessible description of a part whose figure is approximate: %1 the figure</extracomment>
        <translation>%1（推定）</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>Accessible description of a part: %1 its specification, %2 why it matters</extracomment>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>No parts to show</source>
        <extracomment>Shown where the hardware diagram would be when the content has no parts to draw</extracomment>
        <translation>表示するパーツがありません</translation>
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
        <translation>パーツ</translation>
    </message>
    <message>
        <source>Specification</source>
        <extracomment>Column header of the spec table: its specification</extracomment>
        <translation>仕様</translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>Column header of the spec table: the group of parts it belongs to</extracomment>
        <translation>グループ</translation>
    </message>
</context>
<context>
    <name>HardwareView</name>
    <message>
        <source>Inside DGX Spark</source>
        <extracomment>Eyebrow above the headline of the Hardware view</extracomment>
        <translation>DGX Sparkの内部</translation>
    </message>
    <message>
        <source>What’s in the box</source>
        <extracomment>Headline of the Hardware view</extracomment>
        <translation>箱の中身</translation>
    </message>
    <message>
        <source>Every part, what it does and why it matters, and how far the desktop has come.</source>
        <extracomment>The line under the headline of the Hardware view</extracomment>
        <translation>すべてのパーツの役割とその意義、そしてデスクトップがどこまで進化したか。</translation>
    </message>
    <message>
        <source>Specifications</source>
        <extracomment>Page chip of the Hardware view: the table of specifications
----------
Accessible name of the spec table</extracomment>
        <translation>仕様</translation>
    </message>
    <message>
        <source>Then and now</source>
        <extracomment>Page chip of the Hardware view: DGX-1 of 2016 against DGX Spark</extracomment>
        <translation>当時と今</translation>
    </message>
    <message>
        <source>What fits in memory</source>
        <extracomment>Page chip of the Hardware view: which model sizes fit in memory</extracomment>
        <translation>メモリに収まるモデル</translation>
    </message>
</context>
<context>
    <name>IniFile</name>
    <message>
        <source>cannot read the file (%1); nothing in it is used</source>
        <extracomment>Kiosk settings problem; %1 the reason the system gives</extracomment>
        <translation>ファイルを読み込めません（%1）。内容は使用しません</translation>
    </message>
    <message>
        <source>larger than %1 bytes, far more than any settings file; nothing in it is used</source>
        <extracomment>Kiosk settings problem; %1 the largest size allowed, in bytes</extracomment>
        <translation>%1 バイトを超えており、設定ファイルとしては大きすぎます。内容は使用しません</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes; ignored</source>
        <extracomment>Kiosk settings problem; %1 the longest line allowed, in bytes</extracomment>
        <translation>行が %1 バイトを超えているため無視しました</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8; ignored</source>
        <extracomment>Kiosk settings problem: the file must be in UTF-8</extracomment>
        <translation>行が正しい UTF-8 ではないため無視しました</translation>
    </message>
    <message>
        <source>a group name without its closing ]; the keys up to the next group are ignored</source>
        <extracomment>Kiosk settings problem: a line such as &quot;[loop&quot; that opens a group name and does not close it</extracomment>
        <translation>グループ名に閉じる ] がありません。次のグループまでのキーは無視します</translation>
    </message>
    <message>
        <source>text after the group&apos;s closing ], ignored</source>
        <extracomment>Kiosk settings problem: a line such as &quot;[loop] views&quot;</extracomment>
        <translation>グループの閉じる ] の後の文字列は無視しました</translation>
    </message>
    <message>
        <source>expected “key = value”, a [group] or a comment; ignored</source>
        <extracomment>Kiosk settings problem: a line that the settings file cannot hold; keep &quot;key = value&quot; and &quot;[group]&quot; as they are</extracomment>
        <translation>「key = value」、[group]、またはコメントが必要です。無視しました</translation>
    </message>
    <message>
        <source>a value without a key; ignored</source>
        <extracomment>Kiosk settings problem: a line such as &quot;= 30&quot;</extracomment>
        <translation>キーのない値のため無視しました</translation>
    </message>
    <message>
        <source>the line ends in a backslash, but a value cannot go on to the next line; the key is ignored</source>
        <extracomment>Kiosk settings problem: QSettings could continue a value on the next line after a backslash; this reader does not</extracomment>
        <translation>行末がバックスラッシュですが、値を次の行に続けることはできません。このキーは無視します</translation>
    </message>
    <message>
        <source>unknown escape “%1”; the key is ignored</source>
        <extracomment>Kiosk settings problem; %1 the escape found: a backslash and a letter</extracomment>
        <translation>不明なエスケープ「%1」のため、このキーは無視します</translation>
    </message>
    <message>
        <source>a quote that is not closed; the key is ignored</source>
        <extracomment>Kiosk settings problem: a value such as &quot;abc with no closing quote</extracomment>
        <translation>引用符が閉じられていないため、このキーは無視します</translation>
    </message>
    <message>
        <source>“%1…” is a value in Qt&apos;s own encoding, which is not read; the key is ignored</source>
        <extracomment>Kiosk settings problem; %1 the start of the value, such as @Variant( or @ByteArray(; Qt writes values of its own types that way</extracomment>
        <translation>「%1…」は Qt 独自の形式の値で、読み込みません。このキーは無視します</translation>
    </message>
    <message>
        <source>set again; this value replaces the one on line %1</source>
        <extracomment>Kiosk settings problem; %1 the line that set the key first</extracomment>
        <translation>再び指定されています。この値で %1 行目の値を置き換えます</translation>
    </message>
</context>
<context>
    <name>KioskConfig</name>
    <message>
        <source>“%1” is not a whole number; expected %2 to %3, keeping %4</source>
        <extracomment>Kiosk settings problem; %1 the value found, %2 and %3 the allowed range, %4 the value kept instead</extracomment>
        <translation>「%1」は整数ではありません。%2～%3を指定してください。%4のままにします</translation>
    </message>
    <message>
        <source>%1 is out of range; expected %2 to %3, keeping %4</source>
        <extracomment>Kiosk settings problem; %1 the number found, %2 and %3 the allowed range, %4 the default used instead</extracomment>
        <translation>%1 は範囲外です。%2～%3を指定してください。%4のままにします</translation>
    </message>
    <message>
        <source>“%1” is not true or false</source>
        <extracomment>Kiosk settings problem; %1 the value found</extracomment>
        <translation>「%1」は true でも false でもありません</translation>
    </message>
    <message>
        <source>unknown key, ignored</source>
        <extracomment>Kiosk settings problem: a key the app does not know, probably a typo</extracomment>
        <translation>不明なキーのため無視しました</translation>
    </message>
    <message>
        <source>unknown view “%1”, skipped; expected %2</source>
        <extracomment>Kiosk settings problem; %1 the name found, %2 the valid names</extracomment>
        <translation>不明なビュー「%1」をスキップしました。指定できるもの：%2</translation>
    </message>
    <message>
        <source>“%1” is listed twice, skipped</source>
        <extracomment>Kiosk settings problem; %1 a view name listed twice</extracomment>
        <translation>「%1」が重複しているためスキップしました</translation>
    </message>
    <message>
        <source>no view left to show; showing every view</source>
        <translation>表示するビューが残っていないため、すべてのビューを表示します</translation>
    </message>
    <message>
        <source>unknown language “%1”, skipped; expected %2</source>
        <extracomment>Kiosk settings problem; %1 the code found, %2 the valid codes</extracomment>
        <translation>不明な言語「%1」をスキップしました。指定できるもの：%2</translation>
    </message>
    <message>
        <source>unknown theme “%1”; expected %2, keeping %3</source>
        <extracomment>Kiosk settings problem; %1 the theme found, %2 the valid names, %3 the one kept</extracomment>
        <translation>不明なテーマ「%1」です。%2 のいずれかを指定してください。%3 のままにします</translation>
    </message>
    <message>
        <source>%1 s is more than a third of the watchdog&apos;s %2 s threshold, so a working kiosk could be restarted; expected 1 to %3, keeping %4</source>
        <extracomment>Kiosk settings problem; %1 the interval found in seconds, %2 the watchdog&apos;s threshold in seconds, %3 the longest interval allowed, %4 the interval kept</extracomment>
        <translation>%1秒はウォッチドッグのしきい値%2秒の3分の1を超えるため、正常なキオスクが再起動されるおそれがあります。1～%3を指定してください。%4のままにします</translation>
    </message>
    <message>
        <source>ignored with the whole [operator] section, because %1; the exit chord is off</source>
        <extracomment>Kiosk settings problem; %1 says who else can write the file; whoever can write it could set their own PIN</extracomment>
        <translation>%1 ため、[operator] セクション全体とともに無視します。終了用のキー操作は無効です</translation>
    </message>
    <message>
        <source>%1; the exit chord is off</source>
        <extracomment>Kiosk settings problem; %1 what is wrong with the PIN hash</extracomment>
        <translation>%1。終了用のキー操作は無効です</translation>
    </message>
    <message>
        <source>this is the documentation&apos;s example, the PIN %1, which anyone can look up; set your own with spark-showcase --kiosk-hash-pin; the exit chord is off</source>
        <extracomment>Kiosk settings problem; %1 the example PIN of the documentation</extracomment>
        <translation>これはドキュメントの例のPIN %1 で、誰でも調べられます。spark-showcase --kiosk-hash-pin で独自のPINを設定してください。終了用のキー操作は無効です</translation>
    </message>
    <message>
        <source>an old SALT:HEX hash, a single SHA-256 round that an offline guess breaks at once; still accepted, but hash the PIN again with spark-showcase --kiosk-hash-pin</source>
        <extracomment>Kiosk settings problem: the PIN is still accepted, but should be hashed again</extracomment>
        <translation>古い SALT:HEX 形式のハッシュです。SHA-256 を1回かけただけで、オフラインの推測ですぐに破られます。まだ受け付けますが、spark-showcase --kiosk-hash-pin でPINをハッシュし直してください</translation>
    </message>
</context>
<context>
    <name>LoadingState</name>
    <message>
        <source>Loading the hardware…</source>
        <extracomment>Shown in place of the hardware view while its content file is being read</extracomment>
        <translation>ハードウェアを読み込んでいます…</translation>
    </message>
    <message>
        <source>Loading the timeline…</source>
        <extracomment>Shown in place of the timeline while its content file is being read</extracomment>
        <translation>タイムラインを読み込んでいます…</translation>
    </message>
    <message>
        <source>Loading the partners…</source>
        <extracomment>Shown in place of the partner grid while its content file is being read</extracomment>
        <translation>パートナーを読み込んでいます…</translation>
    </message>
    <message>
        <source>Loading the reviews…</source>
        <extracomment>Shown in place of the quote wall while its content file is being read</extracomment>
        <translation>レビューを読み込んでいます…</translation>
    </message>
    <message>
        <source>The content folder holds many items. They appear here as soon as they are read.</source>
        <extracomment>Beneath &quot;Loading the timeline…&quot; and the like, while a large content file is read</extracomment>
        <translation>コンテンツフォルダーには多くの項目があります。読み込みが終わりしだい、ここに表示されます。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message numerus="yes">
        <source>%n content file(s) checked: all valid.</source>
        <extracomment>--check-content summary; %n is the number of files checked</extracomment>
        <translation>
            <numerusform>%n個のコンテンツファイルを確認しました：すべて有効です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <extracomment>--check-content summary; %n is the number of problems</extracomment>
        <translation>
            <numerusform>%n件の問題が見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>no view has an item “%1”</source>
        <extracomment>%1 is the id given to --item</extracomment>
        <translation>項目「%1」を含むビューはありません</translation>
    </message>
    <message>
        <source>the %2 view has no item “%1”</source>
        <extracomment>%1 is the id given to --item, %2 the view name</extracomment>
        <translation>%2ビューに項目「%1」はありません</translation>
    </message>
    <message>
        <source>Invalid content replaced by the bundled files: %1. Run spark-showcase --check-content to see why.</source>
        <extracomment>%1 lists content files that were invalid</extracomment>
        <translation>無効なコンテンツを同梱のファイルで置き換えました：%1。理由はspark-showcase --check-contentを実行して確認してください。</translation>
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
        <translation>%1を表示</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export Current View…</source>
        <translation>現在のビューをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the view shown as a picture or document, at any size</source>
        <translation>表示中のビューを、任意のサイズで画像または文書として保存します</translation>
    </message>
    <message>
        <source>Export &amp;All Views…</source>
        <translation>すべてのビューをエクスポート(&amp;A)…</translation>
    </message>
    <message>
        <source>Save every view as pictures or documents, in one or more languages</source>
        <translation>すべてのビューを、1つ以上の言語で画像または文書として保存します</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy View as Image</source>
        <translation>ビューを画像としてコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Put a picture of the view shown on the clipboard</source>
        <translation>表示中のビューの画像をクリップボードにコピーします</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Next View</source>
        <translation>次のビュー(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous View</source>
        <translation>前のビュー(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <extracomment>A theme with the strongest contrast between text and background</extracomment>
        <translation>ハイコントラスト(&amp;H)</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Reduce Motion</source>
        <extracomment>Stops animations and the rotation of featured quotes</extracomment>
        <translation>動きを減らす(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全画面表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Spark Showcase</source>
        <translation>Spark Showcaseについて(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qtについて(&amp;Q)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>The button that stops a running export, in its progress dialog</extracomment>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>エクスポートを準備しています…</translation>
    </message>
    <message>
        <source>Drawing %1 in %2, file %3 of %4…</source>
        <extracomment>Export progress; %1 a view title, %2 a language name, %3 and %4 numbers</extracomment>
        <translation>%1を%2で描画しています（ファイル %3/%4）…</translation>
    </message>
    <message numerus="yes">
        <source>Files exported to %1: %n.</source>
        <extracomment>%n files were saved into the folder %1</extracomment>
        <translation>
            <numerusform>%1に%n個のファイルをエクスポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export canceled. Files saved: %n.</source>
        <extracomment>%n files were saved before the export was canceled</extracomment>
        <translation>
            <numerusform>エクスポートをキャンセルしました。保存したファイル：%n個。</numerusform>
        </translation>
    </message>
    <message>
        <source>The export did not finish.</source>
        <translation>エクスポートは完了しませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Files saved before it stopped: %n.</source>
        <extracomment>After the reason an export failed; %n files had been saved before</extracomment>
        <translation>
            <numerusform>停止するまでに保存したファイル：%n個。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the %1 view to the clipboard.</source>
        <extracomment>%1 is a view title</extracomment>
        <translation>%1ビューをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Views</source>
        <extracomment>Accessible name of the tabs that hold the four views</extracomment>
        <translation>ビュー</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <extracomment>Edit menu: focuses and selects the search field of the view shown</extracomment>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>Search the view shown</source>
        <translation>表示中のビューを検索</translation>
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
        <translation>重み（%1）</translation>
    </message>
    <message>
        <source>Weights only. The KV cache and activations need memory on top, so what runs in practice is smaller.</source>
        <extracomment>Under the memory chart: the bars show weights only</extracomment>
        <translation>重みのみの値です。KVキャッシュと活性化にも別途メモリが必要なため、実際に動かせるモデルはこれより小さくなります。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典：%1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>出典：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <source>What fits in memory</source>
        <translation>メモリに収まるモデル</translation>
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
        <translation>パーツを選ぶ</translation>
    </message>
    <message>
        <source>Touch a part of the drawing or a row of the table, or move with the arrow keys, to see what it is, why it matters and where the figure comes from.</source>
        <extracomment>The detail card before a part is chosen: how to choose one</extracomment>
        <translation>図のパーツか表の行をタッチするか、矢印キーで移動すると、それが何か、なぜ重要か、数値の出典がわかります。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <extracomment>Under a fact: where it comes from. %1 is a citation</extracomment>
        <translation>出典：%1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <extracomment>Under a fact: where it comes from. %1 is a list of citations</extracomment>
        <translation>出典：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Approximate</source>
        <extracomment>Read out for a figure that is approximate
----------
Tag on a figure whose sources are weak</extracomment>
        <translation>推定</translation>
    </message>
    <message>
        <source>Sources</source>
        <extracomment>Heading above the links to the sources of a part (one or several)</extracomment>
        <translation>出典</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
</context>
<context>
    <name>PartialDate</name>
    <message>
        <source>“%1” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>「%1」は日付ではありません。YYYY、YYYY-MM、YYYY-MM-DDのいずれかで記述してください</translation>
    </message>
    <message>
        <source>year %1 is outside %2 to %3</source>
        <translation>年%1は%2～%3の範囲外です</translation>
    </message>
    <message>
        <source>month %1 does not exist</source>
        <translation>%1月は存在しません</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar</source>
        <translation>%1は暦上に存在しない日付です</translation>
    </message>
</context>
<context>
    <name>PartnerDetailPane</name>
    <message>
        <source>Partner details</source>
        <extracomment>Accessible name of the partner detail pane when no partner is selected</extracomment>
        <translation>パートナーの詳細</translation>
    </message>
    <message>
        <source>All partners</source>
        <extracomment>Eyebrow of the partner detail pane when nothing is selected, above the number of partners</extracomment>
        <translation>すべてのパートナー</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A category and how many partners it has, in the detail pane overview</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Choose a tile, or type a name, to see what a partner does with DGX Spark.</source>
        <extracomment>Hint in the partner detail pane when no partner is selected</extracomment>
        <translation>タイルを選ぶか名前を入力すると、各パートナーがDGX Sparkで何をしているかがわかります。</translation>
    </message>
    <message>
        <source>With DGX Spark</source>
        <extracomment>Heading in the partner detail pane: what the partner does with DGX Spark</extracomment>
        <translation>DGX Sparkとの関わり</translation>
    </message>
    <message>
        <source>Place</source>
        <extracomment>Heading in the partner detail pane: where the partner is</extracomment>
        <translation>所在地</translation>
    </message>
    <message>
        <source>People</source>
        <extracomment>Heading in the partner detail pane: the people named with the partner</extracomment>
        <translation>人物</translation>
    </message>
    <message>
        <source>Approximate</source>
        <extracomment>Marks a partner fact that rests on weak sources</extracomment>
        <translation>推定</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <extracomment>%1 the sources of a partner fact, one per line</extracomment>
        <translation>出典：%1</translation>
    </message>
    <message>
        <source>Sources</source>
        <extracomment>Heading above the links to the sources of a partner (one or several)</extracomment>
        <translation>出典</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
</context>
<context>
    <name>PartnerEmptyState</name>
    <message>
        <source>No partner in this category</source>
        <extracomment>Shown over the partner grid when a category has no partners</extracomment>
        <translation>このカテゴリにはパートナーがいません</translation>
    </message>
    <message>
        <source>No partner matches “%1”</source>
        <extracomment>Shown over the partner grid when the search finds nothing; %1 the search text</extracomment>
        <translation>「%1」に一致するパートナーはありません</translation>
    </message>
    <message>
        <source>Clear search</source>
        <extracomment>Button in the empty partner grid that clears the search (and the category filter)</extracomment>
        <translation>検索をクリア</translation>
    </message>
    <message>
        <source>Show all partners</source>
        <translation>すべてのパートナーを表示</translation>
    </message>
    <message>
        <source>Try another spelling, another category, or clear the search.</source>
        <extracomment>Accessible description of the empty partner grid</extracomment>
        <translation>別の綴りやカテゴリを試すか、検索をクリアしてください。</translation>
    </message>
</context>
<context>
    <name>PartnersView</name>
    <message>
        <source>Partners</source>
        <extracomment>Eyebrow above the Partners view&apos;s headline
----------
Accessible name of the grid of partner tiles</extracomment>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>Who builds, sells and uses it</source>
        <extracomment>Headline of the Partners view</extracomment>
        <translation>誰が作り、売り、使うのか</translation>
    </message>
    <message>
        <source>System makers, chip partners, software, labs, studios and shops: choose one to see what they do with DGX Spark.</source>
        <extracomment>The line under the Partners headline</extracomment>
        <translation>システムメーカー、半導体パートナー、ソフトウェア、研究室、スタジオ、販売店。選ぶと、それぞれがDGX Sparkで何をしているかがわかります。</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>First chip of the partner category filter</extracomment>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <extracomment>Accessible name of the partner category chips</extracomment>
        <translation>カテゴリで絞り込む</translation>
    </message>
    <message>
        <source>Search partners</source>
        <extracomment>Placeholder of the partner search field</extracomment>
        <translation>パートナーを検索</translation>
    </message>
    <message>
        <source>Finds partners by name, product, place or people; case and accents do not matter.</source>
        <extracomment>Accessible description of the partner search field</extracomment>
        <translation>名前、製品、場所、人物でパートナーを検索します。大文字と小文字、アクセント記号は区別しません。</translation>
    </message>
    <message>
        <source>One tile per partner. Arrow keys move between tiles; typing starts a search.</source>
        <extracomment>Accessible description of the grid of partner tiles</extracomment>
        <translation>パートナーごとに1つのタイルです。矢印キーでタイル間を移動し、文字を入力すると検索が始まります。</translation>
    </message>
</context>
<context>
    <name>PathTrust</name>
    <message>
        <source>cannot check %1: %2</source>
        <extracomment>Kiosk file check; %1 a path, %2 the reason the system gives</extracomment>
        <translation>%1 を確認できません：%2</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <extracomment>Kiosk file check; %1 a path</extracomment>
        <translation>%1 はフォルダーではありません</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <extracomment>Kiosk file check; %1 a path</extracomment>
        <translation>%1 はファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>%1 belongs to user %2, neither root nor the kiosk&apos;s user %3</source>
        <extracomment>Kiosk file check; %1 a path, %2 and %3 user ids</extracomment>
        <translation>%1 の所有者はユーザー %2 で、root でもキオスクのユーザー %3 でもありません</translation>
    </message>
    <message>
        <source>%1 can be written by others than its owner and root (mode %2)</source>
        <extracomment>Kiosk file check; %1 a path, %2 its permissions in octal such as 0666</extracomment>
        <translation>%1 は所有者と root 以外も書き込めます（モード %2）</translation>
    </message>
    <message>
        <source>cannot make the folder %1: %2</source>
        <extracomment>Kiosk file check; %1 a folder, %2 the reason the system gives</extracomment>
        <translation>フォルダー %1 を作成できません：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>Kiosk file check; %1 a path, %2 the reason the system gives</extracomment>
        <translation>%1 に書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>PinHash</name>
    <message>
        <source>not a PIN hash; expected pbkdf2-sha256$ITERATIONS$SALT$HASH as spark-showcase --kiosk-hash-pin prints it</source>
        <extracomment>Kiosk settings problem; keep the placeholders ITERATIONS, SALT and HASH and the option name as they are</extracomment>
        <translation>PINのハッシュではありません。spark-showcase --kiosk-hash-pin が出力する pbkdf2-sha256$ITERATIONS$SALT$HASH の形式が必要です</translation>
    </message>
    <message>
        <source>“%1” is not an iteration count from 1 to %2</source>
        <extracomment>Kiosk settings problem; %1 the value found, %2 the largest count accepted</extracomment>
        <translation>「%1」は1～%2の反復回数ではありません</translation>
    </message>
    <message>
        <source>%1 iterations are too few to slow down a guess; at least %2, hash the PIN again with spark-showcase --kiosk-hash-pin</source>
        <extracomment>Kiosk settings problem; %1 the iterations found, %2 the fewest accepted</extracomment>
        <translation>反復回数 %1 回では推測を遅らせるには少なすぎます。%2 回以上必要です。spark-showcase --kiosk-hash-pin でPINをハッシュし直してください</translation>
    </message>
    <message>
        <source>the salt is not base64 of at least %1 bytes</source>
        <extracomment>Kiosk settings problem; %1 the smallest salt size in bytes</extracomment>
        <translation>ソルトが %1 バイト以上の base64 ではありません</translation>
    </message>
    <message>
        <source>the hash is not base64 of %1 bytes</source>
        <extracomment>Kiosk settings problem; %1 the size of the hash in bytes</extracomment>
        <translation>ハッシュが %1 バイトの base64 ではありません</translation>
    </message>
    <message>
        <source>the PIN may hold only the digits 0 to 9, the keys of the keypad</source>
        <extracomment>--kiosk-hash-pin refuses a PIN; the on-screen keypad has only digits</extracomment>
        <translation>PINには、キーパッドにある数字 0～9 しか使えません</translation>
    </message>
    <message>
        <source>the PIN needs %1 to %2 digits</source>
        <extracomment>--kiosk-hash-pin refuses a PIN; %1 and %2 the fewest and most digits</extracomment>
        <translation>PINは %1～%2 桁にしてください</translation>
    </message>
    <message>
        <source>%1 is the example PIN of the documentation, which the kiosk never accepts</source>
        <extracomment>--kiosk-hash-pin refuses a PIN; %1 the example PIN of the documentation</extracomment>
        <translation>%1 はドキュメントの例のPINで、キオスクは決して受け付けません</translation>
    </message>
    <message>
        <source>one digit repeated or a straight run of digits is among the first PINs anyone tries</source>
        <extracomment>--kiosk-hash-pin refuses a PIN such as 0000 or 4567</extracomment>
        <translation>同じ数字の繰り返しや連続した数字は、誰もが最初に試すPINです</translation>
    </message>
</context>
<context>
    <name>PinOverlay</name>
    <message>
        <source>Wrong PIN. Try again.</source>
        <extracomment>Kiosk operator exit: shown after a wrong PIN</extracomment>
        <translation>PINが違います。もう一度入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <extracomment>Kiosk operator exit: accessible text of the PIN field; %n digits typed so far</extracomment>
        <translation>
            <numerusform>%n桁入力済み</numerusform>
        </translation>
    </message>
    <message>
        <source>Operator exit</source>
        <extracomment>Kiosk operator exit: title of the panel that asks for the PIN
----------
Kiosk operator exit: accessible name of the PIN panel</extracomment>
        <translation>オペレーター終了</translation>
    </message>
    <message>
        <source>Enter the PIN to leave kiosk mode.</source>
        <extracomment>Kiosk operator exit: asks for the operator PIN</extracomment>
        <translation>キオスクモードを終了するにはPINを入力してください。</translation>
    </message>
    <message>
        <source>Erase</source>
        <extracomment>Kiosk operator exit keypad: erases the last digit</extracomment>
        <translation>消去</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Kiosk operator exit keypad: submits the PIN</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Kiosk operator exit: closes the PIN panel and stays in kiosk mode</extracomment>
        <translation>キャンセル</translation>
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
            <numerusform>PINの誤入力が多すぎます。%n秒後にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <extracomment>Kiosk operator exit: shown while the PIN typed is being checked</extracomment>
        <translation>PINを確認しています…</translation>
    </message>
</context>
<context>
    <name>PinPrompt</name>
    <message>
        <source>Operator PIN (4 to 12 digits, not shown): </source>
        <extracomment>--kiosk-hash-pin: asks for the PIN, which is not shown as it is typed</extracomment>
        <translation>オペレーターPIN（4～12桁、表示されません）：</translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <extracomment>--kiosk-hash-pin: asks for the same PIN a second time</extracomment>
        <translation>同じPINをもう一度：</translation>
    </message>
    <message>
        <source>no PIN read twice; nothing printed</source>
        <extracomment>--kiosk-hash-pin: the input ended before two PINs were read</extracomment>
        <translation>PINを2回読み取れませんでした。何も出力しません</translation>
    </message>
    <message>
        <source>the two PINs differ; nothing printed</source>
        <extracomment>--kiosk-hash-pin: the two entries differ</extracomment>
        <translation>2つのPINが一致しません。何も出力しません</translation>
    </message>
    <message>
        <source>%1; nothing printed</source>
        <extracomment>--kiosk-hash-pin refuses a PIN; %1 the reason</extracomment>
        <translation>%1。何も出力しません</translation>
    </message>
    <message>
        <source>Put this line in the [operator] section of the kiosk settings.</source>
        <extracomment>--kiosk-hash-pin: after the line is printed</extracomment>
        <translation>この行をキオスク設定の [operator] セクションに入れてください。</translation>
    </message>
</context>
<context>
    <name>QrTile</name>
    <message>
        <source>QR code of the source</source>
        <extracomment>Accessible name of the QR code on a card in kiosk mode</extracomment>
        <translation>出典のQRコード</translation>
    </message>
    <message>
        <source>Scan it with a phone camera to open %1</source>
        <extracomment>Accessible description of a QR code; %1 is the web address it holds</extracomment>
        <translation>スマートフォンのカメラで読み取ると %1 が開きます</translation>
    </message>
</context>
<context>
    <name>QuoteCard</name>
    <message>
        <source>Translation</source>
        <extracomment>Marks the line beneath a quote as a translation of its original words</extracomment>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>From “%1”</source>
        <extracomment>The headline of the review a quote comes from; %1 the headline</extracomment>
        <translation>「%1」より</translation>
    </message>
    <message>
        <source>approximate</source>
        <extracomment>Marks a quote whose date or attribution rests on weak sources</extracomment>
        <translation>推定</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates date, kind and notes under a quote</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <extracomment>%1 the sources of a quote, one per line</extracomment>
        <translation>出典：%1</translation>
    </message>
    <message>
        <source>positive</source>
        <extracomment>The tone of a quote, read out by screen readers</extracomment>
        <translation>肯定的</translation>
    </message>
    <message>
        <source>measured</source>
        <extracomment>The tone of a quote, read out by screen readers</extracomment>
        <translation>冷静</translation>
    </message>
    <message>
        <source>critical</source>
        <extracomment>The tone of a quote, read out by screen readers</extracomment>
        <translation>批判的</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Tone: %1</source>
        <extracomment>Screen reader text: %1 the tone of a quote (positive, measured, critical)</extracomment>
        <translation>トーン：%1</translation>
    </message>
    <message>
        <source>Award: %1</source>
        <extracomment>Screen reader text: %1 an award the reviewer gave</extracomment>
        <translation>受賞：%1</translation>
    </message>
    <message>
        <source>Translation: %1</source>
        <extracomment>Screen reader text: %1 the translation of a quote</extracomment>
        <translation>翻訳：%1</translation>
    </message>
    <message>
        <source>. </source>
        <extracomment>Joins the parts of what a screen reader says about a quote card</extracomment>
        <translation>。</translation>
    </message>
    <message>
        <source>Enter opens the source, %1</source>
        <extracomment>Screen reader text on a quote card: %1 the web address of its source</extracomment>
        <translation>Enterキーで出典 %1 を開きます</translation>
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
        <translation>レビュー</translation>
    </message>
    <message>
        <source>What reviewers said</source>
        <extracomment>Headline of the Reviews view</extracomment>
        <translation>レビュアーの声</translation>
    </message>
    <message>
        <source>In their own words: the praise, the measured verdicts and the criticism, each with its source.</source>
        <extracomment>The line under the Reviews headline</extracomment>
        <translation>本人たちの言葉で：賞賛も、冷静な評価も、批判も、それぞれ出典とともに。</translation>
    </message>
    <message>
        <source>All kinds</source>
        <extracomment>First chip of the kind filter: every kind of quote</extracomment>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>All outlets</source>
        <extracomment>First chip of the outlet filter: every outlet and author</extracomment>
        <translation>すべての媒体</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <extracomment>Accessible name of the filter chips by kind (reviews, videos, social posts, press)</extracomment>
        <translation>種類で絞り込む</translation>
    </message>
    <message>
        <source>Filter by outlet</source>
        <extracomment>Accessible name of the filter chips by outlet or author</extracomment>
        <translation>媒体で絞り込む</translation>
    </message>
    <message>
        <source>Quote wall</source>
        <extracomment>Accessible name of the wall of quote cards</extracomment>
        <translation>引用ウォール</translation>
    </message>
    <message>
        <source>Every quote with its outlet, date and source, in reading order. Arrow keys move between quotes.</source>
        <extracomment>Accessible description of the wall of quote cards</extracomment>
        <translation>すべての引用を、媒体、日付、出典とともに読む順に並べています。矢印キーで引用間を移動します。</translation>
    </message>
    <message>
        <source>No quote matches these filters. Choose “All kinds” or “All outlets” to see more.</source>
        <extracomment>Shown on the quote wall when the filters leave nothing</extracomment>
        <translation>この条件に一致する引用はありません。「すべての種類」か「すべての媒体」を選ぶと、ほかの引用も表示されます。</translation>
    </message>
    <message>
        <source>Search quotes</source>
        <extracomment>Placeholder of the quote search field</extracomment>
        <translation>引用を検索</translation>
    </message>
    <message>
        <source>Finds quotes by their words, outlet or author; case and accents do not matter.</source>
        <extracomment>Accessible description of the quote search field</extracomment>
        <translation>言葉、媒体、筆者で引用を検索します。大文字と小文字、アクセント記号は区別しません。</translation>
    </message>
    <message>
        <source>No quote matches “%1” with these filters. Empty the search, or choose “All kinds” or “All outlets”, to see more.</source>
        <extracomment>Shown on the quote wall when the search and filters leave nothing; %1 is the search</extracomment>
        <translation>この条件で「%1」に一致する引用はありません。検索を空にするか、「すべての種類」か「すべての媒体」を選ぶと、ほかの引用も表示されます。</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <extracomment>Accessible name of the magnifier icon in a search field</extracomment>
        <translation>検索</translation>
    </message>
    <message>
        <source>Clear search</source>
        <extracomment>Accessible name of the button that empties a search field</extracomment>
        <translation>検索をクリア</translation>
    </message>
</context>
<context>
    <name>SourceLink</name>
    <message>
        <source>Opens %1 in the browser</source>
        <extracomment>Accessible description and tooltip of a source link; %1 is its web address</extracomment>
        <translation>%1 をブラウザーで開きます</translation>
    </message>
</context>
<context>
    <name>SourceModel</name>
    <message>
        <source>Link to %1</source>
        <extracomment>Read out for a source in the About box: %1 its web address</extracomment>
        <translation>%1 へのリンク</translation>
    </message>
</context>
<context>
    <name>SpecTableDelegate</name>
    <message>
        <source>Approximate</source>
        <extracomment>Tag in the spec table on a figure whose sources are weak</extracomment>
        <translation>推定</translation>
    </message>
</context>
<context>
    <name>TimelineDetailCard</name>
    <message>
        <source>Event details</source>
        <extracomment>Accessible name of the detail card before an event is chosen</extracomment>
        <translation>出来事の詳細</translation>
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
        <translation>%1（推定）</translation>
    </message>
    <message>
        <source>One event</source>
        <extracomment>Top line of the detail card before an event is chosen, when the timeline shows one</extracomment>
        <translation>1件の出来事</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%Ln件の出来事</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an event</source>
        <extracomment>Heading of the detail card before an event is chosen</extracomment>
        <translation>出来事を選ぶ</translation>
    </message>
    <message>
        <source>Each one tells what happened, where and with whom, in their own words where there is a quote, and where the facts come from.</source>
        <extracomment>Introduction on the detail card before an event is chosen</extracomment>
        <translation>それぞれの出来事について、何が、どこで、誰と起きたのかを伝えます。引用があれば本人の言葉で、そして事実の出典も示します。</translation>
    </message>
    <message>
        <source>Getting around</source>
        <extracomment>Heading on the introduction card: how to use the timeline</extracomment>
        <translation>操作方法</translation>
    </message>
    <message>
        <source>Tap or click an event, or use the arrow keys, Home and End. Zoom with plus and minus, a pinch, or Ctrl and the wheel. Drag to travel through time.</source>
        <extracomment>How to use the timeline, on the introduction card</extracomment>
        <translation>出来事をタップまたはクリックするか、矢印キー、Home、Endキーを使います。ズームはプラスとマイナス、ピンチ、またはCtrlキーとホイールで。ドラッグで時間を行き来できます。</translation>
    </message>
    <message>
        <source>Known to the day</source>
        <extracomment>Legend: a filled dot on the axis</extracomment>
        <translation>日付まで判明</translation>
    </message>
    <message>
        <source>Known to the month: the bar spans the days it may have happened on</source>
        <extracomment>Legend: a ring with a bar on the axis</extracomment>
        <translation>月まで判明：バーは起こりえた日の範囲を示します</translation>
    </message>
    <message>
        <source>Years without events, folded to save room</source>
        <extracomment>Legend: the hatched fold in the axis</extracomment>
        <translation>出来事のない年は折りたたんで省略</translation>
    </message>
    <message>
        <source>Between %1 and %2</source>
        <extracomment>Under a date known only to the month: %1 and %2 are the first and last possible days</extracomment>
        <translation>%1～%2の間</translation>
    </message>
    <message>
        <source>The exact day is not recorded</source>
        <extracomment>Under a date known only to the month or year</extracomment>
        <translation>正確な日付は記録されていません</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>— %1</source>
        <extracomment>Who said a quote, beneath it; %1 is the person</extracomment>
        <translation>――%1</translation>
    </message>
    <message>
        <source>Translation</source>
        <extracomment>Marks the translation beneath a quote shown in its original language</extracomment>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Sources</source>
        <extracomment>Heading above the sources of an event (one or several)</extracomment>
        <translation>出典</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Approximate</source>
        <extracomment>A mark next to a date whose fact is not well sourced</extracomment>
        <translation>推定</translation>
    </message>
    <message>
        <source>No events</source>
        <extracomment>Top line of the detail card when the search leaves no event</extracomment>
        <translation>出来事なし</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <extracomment>Heading of the detail card when the search leaves no event; %1 is the search</extracomment>
        <translation>「%1」に一致するものはありません</translation>
    </message>
    <message>
        <source>Empty the search, or choose “All events”, to see every event again.</source>
        <extracomment>On the detail card when the search and the category chips leave no event</extracomment>
        <translation>検索を空にするか、「すべての出来事」を選ぶと、すべての出来事がふたたび表示されます。</translation>
    </message>
</context>
<context>
    <name>TimelineItemView</name>
    <message>
        <source>Timeline events</source>
        <extracomment>Accessible name of the timeline&apos;s list of events</extracomment>
        <translation>タイムラインの出来事</translation>
    </message>
    <message>
        <source>Left and right arrows move between events; plus and minus zoom.</source>
        <extracomment>Accessible description of the timeline&apos;s list of events</extracomment>
        <translation>左右の矢印キーで出来事間を移動し、プラスとマイナスでズームします。</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>The first and the last year hidden by a fold in the time axis</extracomment>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>No events in these categories</source>
        <extracomment>Shown on the timeline when no event matches the chosen categories</extracomment>
        <translation>このカテゴリには出来事がありません</translation>
    </message>
    <message>
        <source>No events to show</source>
        <translation>表示する出来事がありません</translation>
    </message>
    <message>
        <source>Choose another category, or all events.</source>
        <extracomment>Beneath &quot;No events in these categories&quot;</extracomment>
        <translation>別のカテゴリか、すべての出来事を選んでください。</translation>
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
        <translation>%1（推定）</translation>
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
        <translation>これまでの歩み</translation>
    </message>
    <message>
        <source>How DGX Spark came to be</source>
        <extracomment>Headline of the Timeline view</extracomment>
        <translation>DGX Sparkができるまで</translation>
    </message>
    <message>
        <source>A real time axis: quiet years fold away, and the busiest days open up so that every event can be read.</source>
        <extracomment>The line under the Timeline view&apos;s headline</extracomment>
        <translation>実際の時間軸です。静かな年は折りたたまれ、出来事の多い日は広がるので、すべての出来事を読み取れます。</translation>
    </message>
    <message>
        <source>All events</source>
        <extracomment>The filter chip that shows events of every category</extracomment>
        <translation>すべての出来事</translation>
    </message>
    <message>
        <source>Search events</source>
        <extracomment>Placeholder of the timeline&apos;s search field</extracomment>
        <translation>出来事を検索</translation>
    </message>
    <message>
        <source>Finds events by their title, place, people or story; case and accents do not matter.</source>
        <extracomment>Accessible description of the timeline&apos;s search field</extracomment>
        <translation>タイトル、場所、人物、経緯で出来事を検索します。大文字と小文字、アクセント記号は区別しません。</translation>
    </message>
</context>
<context>
    <name>ViewRegistry</name>
    <message>
        <source>Hardware</source>
        <extracomment>Tab title: the parts and specifications of DGX Spark</extracomment>
        <translation>ハードウェア</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>Tab title: the history from DGX-1 (2016) to DGX Spark (2025)</extracomment>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Partners</source>
        <extracomment>Tab title: companies and labs that build, sell or use DGX Spark</extracomment>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>Reviews</source>
        <extracomment>Tab title: what reviewers said</extracomment>
        <translation>レビュー</translation>
    </message>
</context>
<context>
    <name>ViewRenderer</name>
    <message>
        <source>cannot start a PDF document</source>
        <translation>PDF文書を作成できません</translation>
    </message>
    <message>
        <source>cannot start an SVG document</source>
        <translation>SVG文書を作成できません</translation>
    </message>
</context>
</TS>
