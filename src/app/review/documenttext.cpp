// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenttext.h"

#include <algorithm>

namespace vt::gui {

QString inCaseOf(const QString &word, const QString &alternative)
{
    if (word.isEmpty() || alternative.isEmpty())
        return alternative;
    bool anyLower = false;
    for (const QChar c : word)
        anyLower = anyLower || c.isLower();
    if (!anyLower && word.size() > 1)
        return alternative.toUpper();
    if (word.front().isUpper())
        return alternative.left(1).toUpper() + alternative.mid(1);
    return alternative;
}

bool replaceWord(DocumentText &content, int index, const QString &replacement)
{
    if (index < 0 || index >= content.words.size() || replacement.isEmpty())
        return false;
    ReviewedWord &w = content.words[index];
    const QString before = w.text;
    content.text.replace(w.position, w.text.size(), replacement);
    const qsizetype delta = replacement.size() - w.text.size();
    if (!w.alternatives.contains(before))
        w.alternatives.prepend(before); // to go back to
    w.alternatives.removeAll(replacement);
    w.text = replacement;
    w.confidence = 1.0;
    w.corrected = true;
    for (qsizetype i = index + 1; i < content.words.size(); ++i) {
        content.words[i].position += delta;
        if (content.words.at(i).line == w.line)
            content.words[i].lineOffset += delta;
    }
    for (qsizetype l = w.line + 1; l < content.lineStarts.size(); ++l) {
        if (content.lineStarts.at(l) >= 0)
            content.lineStarts[l] += delta;
    }
    return true;
}

DocumentText documentText(const pipeline::ImportedFile &file, int index)
{
    DocumentText out;
    if (index < 0 || index >= file.documents.size())
        return out;
    const pipeline::ImportedDocument &doc = file.documents.at(index);

    // The file's lines as repaired (the importer's own rule: repair keeps line breaks), with the words on them.
    QStringList lines;
    QList<ReviewedWord> words;
    for (qsizetype p = 0; p < file.source.pages.size(); ++p) {
        const ingest::Page &page = file.source.pages.at(p);
        const repair::RepairResult *repaired = p < file.repairs.size() ? &file.repairs.at(p) : nullptr;
        const qsizetype rawLines = page.text.count(u'\n') + 1;
        const bool usable = repaired && repaired->text.count(u'\n') + 1 == rawLines;
        const QString text = usable ? repaired->text : page.text;
        const QStringList pageLines = text.split(u'\n');
        QList<qsizetype> starts;
        qsizetype at = 0;
        for (const QString &line : pageLines) {
            starts.append(at);
            at += line.size() + 1;
        }
        const qsizetype firstLine = lines.size();
        lines.append(pageLines);
        if (!usable)
            continue;
        qsizetype shift = 0;
        for (const repair::RepairedToken &token : repaired->tokens) {
            const qsizetype begin = token.begin + shift;
            shift += token.repaired.size() - token.length;
            if (QStringView(text).mid(begin, token.repaired.size()) != token.repaired)
                continue; // not where the arithmetic says: leave it out rather than mark the wrong word
            const auto line = std::upper_bound(starts.cbegin(), starts.cend(), begin) - starts.cbegin() - 1;
            ReviewedWord word;
            word.text = token.repaired;
            word.confidence = token.confidence;
            for (const repair::Alternative &a : token.alternatives) {
                const QString alternative = inCaseOf(token.repaired, a.text);
                if (alternative != token.repaired && !word.alternatives.contains(alternative))
                    word.alternatives.append(alternative);
            }
            word.line = firstLine + line;
            word.lineOffset = begin - starts.at(line);
            words.append(word);
        }
    }

    const qsizetype first = doc.extracted.firstLine;
    const qsizetype last = std::min(doc.extracted.lastLine, lines.size() - 1);
    out.lineStarts = QList<qsizetype>(lines.size(), -1);
    if (first < 0 || last < first || first >= lines.size()) {
        out.text = doc.text;
        return out;
    }
    QString joined;
    for (qsizetype i = first; i <= last; ++i) {
        if (i > first)
            joined += u'\n';
        out.lineStarts[i] = joined.size();
        joined += lines.at(i);
    }
    // The importer trims the document's text; positions move back by what the trim removed in front.
    qsizetype lead = 0;
    while (lead < joined.size() && joined.at(lead).isSpace())
        ++lead;
    out.text = joined.trimmed();
    if (out.text != doc.text) {
        out.text = doc.text;
        out.lineStarts.fill(-1);
        return out;
    }
    for (qsizetype &start : out.lineStarts) {
        if (start >= 0)
            start -= lead;
    }
    for (ReviewedWord &word : words) {
        if (word.line < first || word.line > last)
            continue;
        word.position = out.lineStarts.at(word.line) + word.lineOffset;
        if (word.position >= 0 && word.end() <= out.text.size())
            out.words.append(word);
    }
    return out;
}

} // namespace vt::gui
