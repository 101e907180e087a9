<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Labels</name>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Very urgent</source>
        <translation>Very urgent</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Top secret</source>
        <translation>Top secret</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <source>U</source>
        <comment>mark of an urgent document</comment>
        <translation>U</translation>
    </message>
    <message>
        <source>VU</source>
        <comment>mark of a very urgent document</comment>
        <translation>VU</translation>
    </message>
    <message>
        <source>F</source>
        <comment>mark of a flash (most urgent) document</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>C</source>
        <comment>mark of a confidential document</comment>
        <translation>C</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation>Don't Save</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>First page</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Last page</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Show single page</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Show facing pages</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Show overview of all pages</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Page setup</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Export to PDF</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Records office for Vietnamese correspondence.</source>
        <translation>Records office for Vietnamese correspondence.</translation>
    </message>
    <message>
        <source>The register database (default: %1).</source>
        <translation>The register database (default: %1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Save the main window to an image once shown, then quit.</source>
        <translation>Save the main window to an image once shown, then quit.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1500x900.</source>
        <translation>Window size, e.g. 1500x900.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <source>Văn Thư cannot start</source>
        <translation>Văn Thư cannot start</translation>
    </message>
    <message>
        <source>The register database %1 could not be opened.

%2</source>
        <translation>The register database %1 could not be opened.

%2</translation>
    </message>
</context>
<context>
    <name>vt::gui</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The draft %1 cannot be read (%2); delete it and review the file again.</source>
        <translation>The draft %1 cannot be read (%2); delete it and review the file again.</translation>
    </message>
</context>
<context>
    <name>vt::gui::DateLineEdit</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Type a date: 29/8/2024, 29/08/24 or 29082024</source>
        <translation>Type a date: 29/8/2024, 29/08/24 or 29082024</translation>
    </message>
</context>
<context>
    <name>vt::gui::DetailPane</name>
    <message>
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Number and notation</source>
        <translation>Number and notation</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Place and date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Urgency, confidentiality</source>
        <translation>Urgency, confidentiality</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>Moved to the trash</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Deleted for good</source>
        <translation>Deleted for good</translation>
    </message>
    <message>
        <source>Cites</source>
        <translation>Cites</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>No record selected</source>
        <translation>No record selected</translation>
    </message>
    <message>
        <source>The record could not be read: %1</source>
        <translation>The record could not be read: %1</translation>
    </message>
    <message>
        <source>Incoming no. %1 of %2</source>
        <translation>Incoming no. %1 of %2</translation>
    </message>
    <message>
        <source>Outgoing no. %1 of %2</source>
        <translation>Outgoing no. %1 of %2</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>The history could not be read: %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <source>The excerpt could not be read: %1</source>
        <translation>The excerpt could not be read: %1</translation>
    </message>
    <message>
        <source>matches only with diacritics ignored</source>
        <translation>matches only with diacritics ignored</translation>
    </message>
    <message>
        <source>Cooperating units</source>
        <translation>Cooperating units</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>The original could not be listed: %1</source>
        <translation>The original could not be listed: %1</translation>
    </message>
    <message>
        <source>No original file is stored with this record.</source>
        <translation>No original file is stored with this record.</translation>
    </message>
    <message>
        <source>The original %1 is missing from the attachments folder; run “vanthu-cli check”.</source>
        <translation>The original %1 is missing from the attachments folder; run “vanthu-cli check”.</translation>
    </message>
</context>
<context>
    <name>vt::gui::DraftStore</name>
    <message>
        <source>A draft needs the file's SHA-256 digest.</source>
        <translation>A draft needs the file's SHA-256 digest.</translation>
    </message>
    <message>
        <source>The drafts folder %1 cannot be created; check that the register's folder is writable.</source>
        <translation>The drafts folder %1 cannot be created; check that the register's folder is writable.</translation>
    </message>
    <message>
        <source>The draft cannot be written to %1: %2. Check the free space and the folder's permissions.</source>
        <translation>The draft cannot be written to %1: %2. Check the free space and the folder's permissions.</translation>
    </message>
    <message>
        <source>There is no draft %1; it may have been registered or deleted.</source>
        <translation>There is no draft %1; it may have been registered or deleted.</translation>
    </message>
    <message>
        <source>The draft %1 cannot be opened: %2.</source>
        <translation>The draft %1 cannot be opened: %2.</translation>
    </message>
    <message>
        <source>The draft %1 cannot be deleted; check the folder's permissions.</source>
        <translation>The draft %1 cannot be deleted; check the folder's permissions.</translation>
    </message>
</context>
<context>
    <name>vt::gui::ImportJob</name>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation>Ready for review</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>Password needed</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Canceled</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>vt::gui::ImportJobDelegate</name>
    <message>
        <source>Reading… %1/%2 pages</source>
        <translation>Reading… %1/%2 pages</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s))</source>
        <translation>
            <numerusform>%1 (%n page(s))</numerusform>
            <numerusform>%1 (%n page(s))</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::gui::ImportPanel</name>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>&amp;Password…</source>
        <translation>&amp;Password…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Cancel &amp;all</source>
        <translation>Cancel &amp;all</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>C&amp;lear finished</translation>
    </message>
    <message>
        <source>Open the selected file in the review view to check its fields and register it</source>
        <translation>Open the selected file in the review view to check its fields and register it</translation>
    </message>
    <message>
        <source>Type the password of the selected protected PDF</source>
        <translation>Type the password of the selected protected PDF</translation>
    </message>
    <message>
        <source>Stop reading the selected files</source>
        <translation>Stop reading the selected files</translation>
    </message>
    <message>
        <source>Stop reading every file still waiting or being read</source>
        <translation>Stop reading every file still waiting or being read</translation>
    </message>
    <message>
        <source>Remove failed, canceled and finished files from the list</source>
        <translation>Remove failed, canceled and finished files from the list</translation>
    </message>
    <message>
        <source>Protected PDF</source>
        <translation>Protected PDF</translation>
    </message>
    <message>
        <source>Password to open %1:</source>
        <translation>Password to open %1:</translation>
    </message>
    <message>
        <source>Drop files or folders here, or choose File › Import…</source>
        <translation>Drop files or folders here, or choose File › Import…</translation>
    </message>
    <message>
        <source>Reading files: %1 of %2 done</source>
        <translation>Reading files: %1 of %2 done</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read</source>
        <translation>
            <numerusform>%n file(s) read</numerusform>
            <numerusform>%n file(s) read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::gui::ImportQueue</name>
    <message>
        <source>%1 cannot be imported: only PDF, PNG, JPEG, TIFF and plain-text (.txt) files can. Save it as PDF and import that.</source>
        <translation>%1 cannot be imported: only PDF, PNG, JPEG, TIFF and plain-text (.txt) files can. Save it as PDF and import that.</translation>
    </message>
    <message>
        <source>%1 was not found: it may have been moved or deleted. Check the file and import it again.</source>
        <translation>%1 was not found: it may have been moved or deleted. Check the file and import it again.</translation>
    </message>
    <message>
        <source>The folder %1 holds no file that can be imported (PDF, PNG, JPEG, TIFF or .txt).</source>
        <translation>The folder %1 holds no file that can be imported (PDF, PNG, JPEG, TIFF or .txt).</translation>
    </message>
    <message>
        <source>Reading was canceled.</source>
        <translation>Reading was canceled.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Choose Password… and type the password the sender gave you.</source>
        <translation>%1 is protected by a password. Choose Password… and type the password the sender gave you.</translation>
    </message>
    <message>
        <source>The password for %1 is not correct. Choose Password… to try again.</source>
        <translation>The password for %1 is not correct. Choose Password… to try again.</translation>
    </message>
</context>
<context>
    <name>vt::gui::InboxWatcher</name>
    <message>
        <source>The inbox folder %1 cannot be found. Check that it exists (and that the network drive is connected), or choose another one in Settings.</source>
        <translation>The inbox folder %1 cannot be found. Check that it exists (and that the network drive is connected), or choose another one in Settings.</translation>
    </message>
</context>
<context>
    <name>vt::gui::MainWindow</name>
    <message>
        <source>Văn Thư – records office</source>
        <translation>Văn Thư – records office</translation>
    </message>
    <message>
        <source>Incoming documents</source>
        <translation>Incoming documents</translation>
    </message>
    <message>
        <source>Outgoing documents</source>
        <translation>Outgoing documents</translation>
    </message>
    <message>
        <source>The register could not be read: %1</source>
        <translation>The register could not be read: %1</translation>
    </message>
    <message>
        <source>The cited record is not in the current list; clear the search to see it.</source>
        <translation>The cited record is not in the current list; clear the search to see it.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1 records (%2 ms)</source>
        <translation>%1 records (%2 ms)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Văn Thư.</source>
        <translation>The new language is used from the next start of Văn Thư.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Văn Thư</source>
        <translation>&amp;About Văn Thư</translation>
    </message>
    <message>
        <source>About Văn Thư</source>
        <translation>About Văn Thư</translation>
    </message>
    <message>
        <source>Văn Thư %1: registering, searching and printing incoming and outgoing correspondence (Decree 30/2020/NĐ-CP).</source>
        <translation>Văn Thư %1: registering, searching and printing incoming and outgoing correspondence (Decree 30/2020/NĐ-CP).</translation>
    </message>
    <message>
        <source>Import queue</source>
        <translation>Import queue</translation>
    </message>
    <message numerus="yes">
        <source>%n new file(s) in the inbox folder.</source>
        <translation>
            <numerusform>%n new file(s) in the inbox folder.</numerusform>
            <numerusform>%n new file(s) in the inbox folder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Save search</translation>
    </message>
    <message>
        <source>Name of the search (it appears in the list on the left):</source>
        <translation>Name of the search (it appears in the list on the left):</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Import documents</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Import a folder</translation>
    </message>
    <message>
        <source>A document is ready for review in the import queue.</source>
        <translation>A document is ready for review in the import queue.</translation>
    </message>
    <message>
        <source>That file is not ready for review.</source>
        <translation>That file is not ready for review.</translation>
    </message>
    <message>
        <source>Draft saved: importing the same file again brings the edits back.</source>
        <translation>Draft saved: importing the same file again brings the edits back.</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Review: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) registered.</source>
        <translation>
            <numerusform>%n document(s) registered.</numerusform>
            <numerusform>%n document(s) registered.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an incoming document first.</source>
        <translation>Select an incoming document first.</translation>
    </message>
    <message>
        <source>Overdue documents</source>
        <translation>Overdue documents</translation>
    </message>
    <message>
        <source>&amp;Import documents…</source>
        <translation>&amp;Import documents…</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>Import a &amp;folder…</translation>
    </message>
    <message>
        <source>Show the import &amp;queue</source>
        <translation>Show the import &amp;queue</translation>
    </message>
    <message>
        <source>&amp;Print register…</source>
        <translation>&amp;Print register…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>&amp;New record…</source>
        <translation>&amp;New record…</translation>
    </message>
    <message>
        <source>&amp;Edit record…</source>
        <translation>&amp;Edit record…</translation>
    </message>
    <message>
        <source>Print routing &amp;slip…</source>
        <translation>Print routing &amp;slip…</translation>
    </message>
    <message>
        <source>Export with ĐẾN s&amp;tamp…</source>
        <translation>Export with ĐẾN s&amp;tamp…</translation>
    </message>
    <message>
        <source>&amp;Overdue documents</source>
        <translation>&amp;Overdue documents</translation>
    </message>
    <message>
        <source>(no drafts)</source>
        <translation>(no drafts)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>%1 (the file is no longer there)</source>
        <translation>%1 (the file is no longer there)</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>&amp;Drafts</translation>
    </message>
</context>
<context>
    <name>vt::gui::NewRecordDialog</name>
    <message>
        <source>Register an incoming document</source>
        <translation>Register an incoming document</translation>
    </message>
    <message>
        <source>Register an outgoing document</source>
        <translation>Register an outgoing document</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>The record cannot be registered yet:</source>
        <translation>The record cannot be registered yet:</translation>
    </message>
    <message>
        <source>The register could not be read:</source>
        <translation>The register could not be read:</translation>
    </message>
    <message>
        <source>Please check before registering:</source>
        <translation>Please check before registering:</translation>
    </message>
    <message>
        <source>&lt;p&gt;Press Enter or &lt;b&gt;Register&lt;/b&gt; again to register it anyway, or Esc to cancel.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Press Enter or &lt;b&gt;Register&lt;/b&gt; again to register it anyway, or Esc to cancel.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The record was not registered:</source>
        <translation>The record was not registered:</translation>
    </message>
</context>
<context>
    <name>vt::gui::OverdueList</name>
    <message>
        <source>Overdue documents</source>
        <translation>Overdue documents</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No incoming document is overdue.</source>
        <translation>No incoming document is overdue.</translation>
    </message>
    <message numerus="yes">
        <source>%n incoming document(s) overdue, most overdue first. Double-click one to show it in the register.</source>
        <translation>
            <numerusform>%n incoming document(s) overdue, most overdue first. Double-click one to show it in the register.</numerusform>
            <numerusform>%n incoming document(s) overdue, most overdue first. Double-click one to show it in the register.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation>The list could not be loaded: %1</translation>
    </message>
</context>
<context>
    <name>vt::gui::OverdueModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Issuing agency</source>
        <translation>Issuing agency</translation>
    </message>
    <message>
        <source>Number and notation</source>
        <translation>Number and notation</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Lead unit</translation>
    </message>
</context>
<context>
    <name>vt::gui::PageSource</name>
    <message>
        <source>%1 was not found; it may have been moved or deleted.</source>
        <translation>%1 was not found; it may have been moved or deleted.</translation>
    </message>
    <message>
        <source>%1 cannot be shown: it is not a readable PDF.</source>
        <translation>%1 cannot be shown: it is not a readable PDF.</translation>
    </message>
    <message>
        <source>%1 cannot be shown: it is locked with a password.</source>
        <translation>%1 cannot be shown: it is locked with a password.</translation>
    </message>
    <message>
        <source>%1 cannot be shown: it is neither a PDF nor an image.</source>
        <translation>%1 cannot be shown: it is neither a PDF nor an image.</translation>
    </message>
</context>
<context>
    <name>vt::gui::PageView</name>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Zoom out (Ctrl+wheel)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Zoom in (Ctrl+wheel)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>The document has no pages.</source>
        <translation>The document has no pages.</translation>
    </message>
</context>
<context>
    <name>vt::gui::PrintPreviewDialog</name>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Save this document as a PDF file</source>
        <translation>Save this document as a PDF file</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>vt::gui::PrintTask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>vt::gui::PrintUi</name>
    <message>
        <source>Writing the register…</source>
        <translation>Writing the register…</translation>
    </message>
    <message>
        <source>%1 records on %2 pages were saved in %3.</source>
        <translation>%1 records on %2 pages were saved in %3.</translation>
    </message>
    <message>
        <source>Routing slip</source>
        <translation>Routing slip</translation>
    </message>
    <message>
        <source>Routing slip %1</source>
        <translation>Routing slip %1</translation>
    </message>
    <message>
        <source>Export with ĐẾN stamp</source>
        <translation>Export with ĐẾN stamp</translation>
    </message>
    <message>
        <source>This record has no stored original to stamp.</source>
        <translation>This record has no stored original to stamp.</translation>
    </message>
    <message>
        <source>Stamping the copy…</source>
        <translation>Stamping the copy…</translation>
    </message>
    <message numerus="yes">
        <source>The copy with the ĐẾN stamp was saved in %1 (%n page(s)).</source>
        <translation>
            <numerusform>The copy with the ĐẾN stamp was saved in %1 (%n page(s)).</numerusform>
            <numerusform>The copy with the ĐẾN stamp was saved in %1 (%n page(s)).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::gui::RecordEditor</name>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>The record cannot be opened:</source>
        <translation>The record cannot be opened:</translation>
    </message>
    <message>
        <source>The record cannot be edited:</source>
        <translation>The record cannot be edited:</translation>
    </message>
    <message>
        <source>It is in the trash; restore it first.</source>
        <translation>It is in the trash; restore it first.</translation>
    </message>
    <message>
        <source>Record %1/%2 [*]</source>
        <translation>Record %1/%2 [*]</translation>
    </message>
    <message>
        <source>The record cannot be saved yet:</source>
        <translation>The record cannot be saved yet:</translation>
    </message>
    <message>
        <source>The record was not saved:</source>
        <translation>The record was not saved:</translation>
    </message>
    <message>
        <source>Saved. Please check:</source>
        <translation>Saved. Please check:</translation>
    </message>
    <message>
        <source>&lt;p&gt;The changes are not saved. Press Ctrl+S to save them, or Esc again to close without saving.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The changes are not saved. Press Ctrl+S to save them, or Esc again to close without saving.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>vt::gui::RecordForm</name>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Not confidential</source>
        <translation>Not confidential</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Arrival date</translation>
    </message>
    <message>
        <source>Issuing agency</source>
        <translation>Issuing agency</translation>
    </message>
    <message>
        <source>Parent agency</source>
        <translation>Parent agency</translation>
    </message>
    <message>
        <source>Number and notation</source>
        <translation>Number and notation</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves</source>
        <translation>Ctrl+Enter saves</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Addressed to</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Signer's title</source>
        <translation>Signer's title</translation>
    </message>
    <message>
        <source>Signing authority</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Leader's instruction</source>
        <translation>Leader's instruction</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>Cooperating units</source>
        <translation>Cooperating units</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Arrival number %1/%2</source>
        <translation>Arrival number %1/%2</translation>
    </message>
    <message>
        <source>The number is given when the record is registered</source>
        <translation>The number is given when the record is registered</translation>
    </message>
    <message>
        <source>%1: "%2" is not a date; type it as 29/8/2024.</source>
        <translation>%1: "%2" is not a date; type it as 29/8/2024.</translation>
    </message>
    <message>
        <source>Type the issuing agency.</source>
        <translation>Type the issuing agency.</translation>
    </message>
    <message>
        <source>Type the summary or the document type.</source>
        <translation>Type the summary or the document type.</translation>
    </message>
    <message>
        <source>The issue date %1 is after the arrival date %2: check both.</source>
        <translation>The issue date %1 is after the arrival date %2: check both.</translation>
    </message>
    <message>
        <source>The due date %1 is before the arrival date %2.</source>
        <translation>The due date %1 is before the arrival date %2.</translation>
    </message>
    <message>
        <source>Date registered</source>
        <translation>Date registered</translation>
    </message>
    <message>
        <source>Number %1/%2 of the outgoing register</source>
        <translation>Number %1/%2 of the outgoing register</translation>
    </message>
    <message>
        <source>%1: type a date, for example 29/8/2024.</source>
        <translation>%1: type a date, for example 29/8/2024.</translation>
    </message>
</context>
<context>
    <name>vt::gui::RegisterPrintDialog</name>
    <message>
        <source>Confidential series (documents marked Mật, numbered apart)</source>
        <translation>Confidential series (documents marked Mật, numbered apart)</translation>
    </message>
    <message>
        <source>Print the incoming register</source>
        <translation>Print the incoming register</translation>
    </message>
    <message>
        <source>Print the outgoing register</source>
        <translation>Print the outgoing register</translation>
    </message>
    <message>
        <source>From (arrival date):</source>
        <translation>From (arrival date):</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The register is printed on A4 landscape with its cover page, to be signed and bound as Decree 30/2020 requires.</source>
        <translation>The register is printed on A4 landscape with its cover page, to be signed and bound as Decree 30/2020 requires.</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>The start date is after the end date.</translation>
    </message>
</context>
<context>
    <name>vt::gui::RegisterTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Urgent, confidential, overdue</source>
        <translation>Urgent, confidential, overdue</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Arrival date</translation>
    </message>
    <message>
        <source>Arrival no.</source>
        <translation>Arrival no.</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Number and notation</source>
        <translation>Number and notation</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>Type and summary</source>
        <translation>Type and summary</translation>
    </message>
    <message>
        <source>Handling unit or person</source>
        <translation>Handling unit or person</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date registered</source>
        <translation>Date registered</translation>
    </message>
    <message>
        <source>Outgoing no.</source>
        <translation>Outgoing no.</translation>
    </message>
</context>
<context>
    <name>vt::gui::ReviewForm</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Not urgent</source>
        <translation>Not urgent</translation>
    </message>
    <message>
        <source>Not confidential</source>
        <translation>Not confidential</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Arrival date</translation>
    </message>
    <message>
        <source>Issuer's parent</source>
        <translation>Issuer's parent</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Number and notation</source>
        <translation>Number and notation</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Addressed to</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Signer's title</source>
        <translation>Signer's title</translation>
    </message>
    <message>
        <source>Signing authority</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <source>Not a date: type it as 29/8/2024</source>
        <translation>Not a date: type it as 29/8/2024</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Not found in the document</source>
        <translation>Not found in the document</translation>
    </message>
    <message>
        <source>Confidence %1%</source>
        <translation>Confidence %1%</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it as day/month/year, for example 29/8/2024.</source>
        <translation>“%1” is not a date. Type it as day/month/year, for example 29/8/2024.</translation>
    </message>
</context>
<context>
    <name>vt::gui::ReviewTextView</name>
    <message>
        <source>Confidence %1%</source>
        <translation>Confidence %1%</translation>
    </message>
    <message>
        <source>No other reading</source>
        <translation>No other reading</translation>
    </message>
    <message>
        <source>Type a correction…</source>
        <translation>Type a correction…</translation>
    </message>
    <message>
        <source>Enter applies the correction, Escape cancels.</source>
        <translation>Enter applies the correction, Escape cancels.</translation>
    </message>
    <message>
        <source>Corrected; click to change</source>
        <translation>Corrected; click to change</translation>
    </message>
    <message>
        <source>Confidence %1%; click for other readings</source>
        <translation>Confidence %1%; click for other readings</translation>
    </message>
</context>
<context>
    <name>vt::gui::ReviewWidget</name>
    <message>
        <source>Register anyway</source>
        <translation>Register anyway</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Save as draft</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Register the documents and give them the next arrival numbers (Ctrl+Enter)</source>
        <translation>Register the documents and give them the next arrival numbers (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Keep the corrections to finish later</source>
        <translation>Keep the corrections to finish later</translation>
    </message>
    <message>
        <source>Leave this file without registering it</source>
        <translation>Leave this file without registering it</translation>
    </message>
    <message>
        <source>Text without a file</source>
        <translation>Text without a file</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s))</source>
        <translation>
            <numerusform>%1 (%n page(s))</numerusform>
            <numerusform>%1 (%n page(s))</numerusform>
        </translation>
    </message>
    <message>
        <source>Document %1/%2</source>
        <translation>Document %1/%2</translation>
    </message>
    <message>
        <source>Your draft of %1 was restored.</source>
        <translation>Your draft of %1 was restored.</translation>
    </message>
    <message>
        <source>No page image: the document was read from text.</source>
        <translation>No page image: the document was read from text.</translation>
    </message>
    <message>
        <source>This file is already registered: arrival number %1 (record %2).</source>
        <translation>This file is already registered: arrival number %1 (record %2).</translation>
    </message>
    <message>
        <source>%1 of %2 is already registered: arrival number %3 (record %4).</source>
        <translation>%1 of %2 is already registered: arrival number %3 (record %4).</translation>
    </message>
    <message>
        <source>Possible duplicate.</source>
        <translation>Possible duplicate.</translation>
    </message>
    <message>
        <source>Nothing was registered: check the possible duplicate above, then tick “Register anyway” if this is a different document.</source>
        <translation>Nothing was registered: check the possible duplicate above, then tick “Register anyway” if this is a different document.</translation>
    </message>
    <message>
        <source>Nothing was registered: %1</source>
        <translation>Nothing was registered: %1</translation>
    </message>
    <message>
        <source>Nothing was registered: a possible duplicate was registered meanwhile.</source>
        <translation>Nothing was registered: a possible duplicate was registered meanwhile.</translation>
    </message>
    <message>
        <source>Registered as arrival number %1.</source>
        <translation>Registered as arrival number %1.</translation>
    </message>
    <message>
        <source>Text without a file cannot be kept as a draft; register it or skip it.</source>
        <translation>Text without a file cannot be kept as a draft; register it or skip it.</translation>
    </message>
    <message>
        <source>Draft saved. It is restored when this file is reviewed again.</source>
        <translation>Draft saved. It is restored when this file is reviewed again.</translation>
    </message>
</context>
<context>
    <name>vt::gui::SavedSearchList</name>
    <message>
        <source>Saved searches</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <source>Click to run a saved search. Save the current one with the star beside the search field.</source>
        <translation>Click to run a saved search. Save the current one with the star beside the search field.</translation>
    </message>
    <message>
        <source>(filters only)</source>
        <translation>(filters only)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Rename saved search</source>
        <translation>Rename saved search</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>vt::gui::SearchBar</name>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>Search: words of the number, issuer, summary or text, with or without diacritics</source>
        <translation>Search: words of the number, issuer, summary or text, with or without diacritics</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Issuer starts with…</source>
        <translation>Issuer starts with…</translation>
    </message>
    <message>
        <source>any type</source>
        <translation>any type</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>any status</translation>
    </message>
    <message>
        <source>any urgency</source>
        <translation>any urgency</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>any confidentiality</source>
        <translation>any confidentiality</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Arrived from</source>
        <translation>Arrived from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Save this search</translation>
    </message>
</context>
<context>
    <name>vt::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>e.g. Sở Thông tin và Truyền thông</source>
        <translation>e.g. Sở Thông tin và Truyền thông</translation>
    </message>
    <message>
        <source>e.g. UBND TỈNH KIÊN GIANG</source>
        <translation>e.g. UBND TỈNH KIÊN GIANG</translation>
    </message>
    <message>
        <source>e.g. Kiên Giang</source>
        <translation>e.g. Kiên Giang</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Parent agency</source>
        <translation>Parent agency</translation>
    </message>
    <message>
        <source>Place name (on dates)</source>
        <translation>Place name (on dates)</translation>
    </message>
    <message>
        <source>Printed on routing slips, the ĐẾN stamp and register covers.</source>
        <translation>Printed on routing slips, the ĐẾN stamp and register covers.</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Default: %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Register database</source>
        <translation>Register database</translation>
    </message>
    <message>
        <source>A different database is opened at the next start of Văn Thư.</source>
        <translation>A different database is opened at the next start of Văn Thư.</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamese</translation>
    </message>
    <message>
        <source>Vietnamese and English</source>
        <translation>Vietnamese and English</translation>
    </message>
    <message>
        <source>Text recognition (OCR)</source>
        <translation>Text recognition (OCR)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Inbox folder</source>
        <translation>Inbox folder</translation>
    </message>
    <message>
        <source>Files saved into this folder are imported once they stop growing.</source>
        <translation>Files saved into this folder are imported once they stop growing.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The language changes at the next start of Văn Thư.</source>
        <translation>The language changes at the next start of Văn Thư.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a database file in it, e.g. %2.</source>
        <translation>%1 is a folder; choose a database file in it, e.g. %2.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose a database file in an existing folder.</source>
        <translation>The folder %1 does not exist; choose a database file in an existing folder.</translation>
    </message>
    <message>
        <source>The inbox folder %1 does not exist; create it or choose another.</source>
        <translation>The inbox folder %1 does not exist; create it or choose another.</translation>
    </message>
    <message>
        <source>Văn Thư database (*.sqlite);;All files (*)</source>
        <translation>Văn Thư database (*.sqlite);;All files (*)</translation>
    </message>
</context>
<context>
    <name>vt::gui::SuggestLineEdit</name>
    <message>
        <source>Separate several names with a semicolon (;)</source>
        <translation>Separate several names with a semicolon (;)</translation>
    </message>
</context>
<context>
    <name>vt::gui::forms</name>
    <message>
        <source>The same file is already the original of number %1.</source>
        <translation>The same file is already the original of number %1.</translation>
    </message>
    <message>
        <source>A document with the same number, notation and issuing agency is already registered as number %1.</source>
        <translation>A document with the same number, notation and issuing agency is already registered as number %1.</translation>
    </message>
</context>
<context>
    <name>vt::ingest</name>
    <message>
        <source>%1 is a damaged image that cannot be read (%2); ask for the scan again.</source>
        <translation>%1 is a damaged image that cannot be read (%2); ask for the scan again.</translation>
    </message>
    <message>
        <source>Reading was canceled.</source>
        <translation>Reading was canceled.</translation>
    </message>
    <message>
        <source>%1: page %2 of %3 could not be read (%4); the pages before it were kept.</source>
        <translation>%1: page %2 of %3 could not be read (%4); the pages before it were kept.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
    <message>
        <source>%1: page %2 could not be opened.</source>
        <translation>%1: page %2 could not be opened.</translation>
    </message>
    <message>
        <source>%1: page %2 could not be rendered.</source>
        <translation>%1: page %2 could not be rendered.</translation>
    </message>
    <message>
        <source>%1 holds no scanned pages.</source>
        <translation>%1 holds no scanned pages.</translation>
    </message>
    <message>
        <source>%1: the text of %2 of %3 pages was in a legacy Vietnamese font encoding (%4) and was converted to Unicode; check the accents.</source>
        <translation>%1: the text of %2 of %3 pages was in a legacy Vietnamese font encoding (%4) and was converted to Unicode; check the accents.</translation>
    </message>
    <message>
        <source>%1 is a damaged PDF that cannot be opened%2; ask the sender for the file again.</source>
        <translation>%1 is a damaged PDF that cannot be opened%2; ask the sender for the file again.</translation>
    </message>
    <message>
        <source> (it is cut short)</source>
        <translation> (it is cut short)</translation>
    </message>
    <message>
        <source>%1 is protected by a password; give the password to open it.</source>
        <translation>%1 is protected by a password; give the password to open it.</translation>
    </message>
    <message>
        <source>The password given for %1 is not correct; check it and try again.</source>
        <translation>The password given for %1 is not correct; check it and try again.</translation>
    </message>
    <message>
        <source>%1 is a PDF without any readable page; ask the sender for the file again.</source>
        <translation>%1 is a PDF without any readable page; ask the sender for the file again.</translation>
    </message>
    <message>
        <source>%1 seems cut short (no end-of-file marker); pages may be missing or incomplete.</source>
        <translation>%1 seems cut short (no end-of-file marker); pages may be missing or incomplete.</translation>
    </message>
    <message>
        <source>%1: page %2 is damaged and was skipped.</source>
        <translation>%1: page %2 is damaged and was skipped.</translation>
    </message>
    <message>
        <source>%1 was in the legacy Vietnamese encoding %2 and was converted to Unicode; check the accents.</source>
        <translation>%1 was in the legacy Vietnamese encoding %2 and was converted to Unicode; check the accents.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: no such file.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the files in it.</source>
        <translation>%1 is a folder; give the files in it.</translation>
    </message>
    <message>
        <source>%1 is %2 MB, over the %3 MB limit for one document; split it or raise the limit.</source>
        <translation>%1 is %2 MB, over the %3 MB limit for one document; split it or raise the limit.</translation>
    </message>
    <message>
        <source>%1 is empty; there is nothing to import.</source>
        <translation>%1 is empty; there is nothing to import.</translation>
    </message>
    <message>
        <source>%1 is neither a PDF, an image (PNG, JPEG, TIFF) nor a text file; export it to PDF and import that.</source>
        <translation>%1 is neither a PDF, an image (PNG, JPEG, TIFF) nor a text file; export it to PDF and import that.</translation>
    </message>
    <message>
        <source>%1 is named like a %2 file but holds a %3 file; it was read as what it holds.</source>
        <translation>%1 is named like a %2 file but holds a %3 file; it was read as what it holds.</translation>
    </message>
    <message>
        <source>%1 is a text file of %2 MB, over the %3 MB limit for a text document; split it.</source>
        <translation>%1 is a text file of %2 MB, over the %3 MB limit for a text document; split it.</translation>
    </message>
    <message>
        <source>%1 starts as UTF-16 but is not valid UTF-16.</source>
        <translation>%1 starts as UTF-16 but is not valid UTF-16.</translation>
    </message>
    <message>
        <source>%1 is not a text file (it holds binary data); PDFs and scans are imported through the document importer.</source>
        <translation>%1 is not a text file (it holds binary data); PDFs and scans are imported through the document importer.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text, nor Vietnamese in TCVN3, VNI or Windows-1258; save it as UTF-8 and import it again.</source>
        <translation>%1 is not UTF-8 text, nor Vietnamese in TCVN3, VNI or Windows-1258; save it as UTF-8 and import it again.</translation>
    </message>
    <message>
        <source>%1 is %2 MB, over the %3 MB limit for a text document; split it.</source>
        <translation>%1 is %2 MB, over the %3 MB limit for a text document; split it.</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>Page %1: %2</translation>
    </message>
    <message>
        <source>Tesseract has no language data for "%1"; install tesseract-ocr-%2 (or set the OCR languages).</source>
        <translation>Tesseract has no language data for "%1"; install tesseract-ocr-%2 (or set the OCR languages).</translation>
    </message>
    <message>
        <source>Tesseract could not recognise the page.</source>
        <translation>Tesseract could not recognise the page.</translation>
    </message>
    <message>
        <source>No image to recognise.</source>
        <translation>No image to recognise.</translation>
    </message>
</context>
<context>
    <name>vt::pipeline::Importer</name>
    <message>
        <source>Reading was canceled.</source>
        <translation>Reading was canceled.</translation>
    </message>
    <message>
        <source>No text was found in %1: its pages are blank or unreadable. If it is a scan, scan it again at 300 dpi; otherwise register it by hand.</source>
        <translation>No text was found in %1: its pages are blank or unreadable. If it is a scan, scan it again at 300 dpi; otherwise register it by hand.</translation>
    </message>
    <message>
        <source>%1 does not look like an administrative document: no number, date, type, issuer, summary or signer was found. Register it by hand if it is one.</source>
        <translation>%1 does not look like an administrative document: no number, date, type, issuer, summary or signer was found. Register it by hand if it is one.</translation>
    </message>
</context>
</TS>
