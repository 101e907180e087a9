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
        <source>Don&apos;t Save</source>
        <translation>Don&apos;t Save</translation>
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
</context>
</TS>
