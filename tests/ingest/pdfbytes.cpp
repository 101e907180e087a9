// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfbytes.h"

#include <QCryptographicHash>

#include <array>

namespace pdfbytes {
namespace {

// The padding string of the standard security handler (PDF 1.7, 7.6.3.3).
const QByteArray kPad = QByteArray::fromHex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");

QByteArray padded(const QByteArray &password)
{
    return QByteArray(password + kPad).left(32);
}

QByteArray md5(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5);
}

QByteArray rc4(const QByteArray &key, const QByteArray &data)
{
    std::array<uchar, 256> s;
    for (int i = 0; i < 256; ++i)
        s[i] = uchar(i);
    for (int i = 0, j = 0; i < 256; ++i) {
        j = (j + s[i] + uchar(key[i % key.size()])) & 0xFF;
        std::swap(s[i], s[j]);
    }
    QByteArray out(data.size(), Qt::Uninitialized);
    for (int n = 0, i = 0, j = 0; n < data.size(); ++n) {
        i = (i + 1) & 0xFF;
        j = (j + s[i]) & 0xFF;
        std::swap(s[i], s[j]);
        out[n] = char(uchar(data[n]) ^ s[(s[i] + s[j]) & 0xFF]);
    }
    return out;
}

QByteArray littleEndian(quint32 v, int bytes)
{
    QByteArray out;
    for (int i = 0; i < bytes; ++i)
        out.append(char((v >> (8 * i)) & 0xFF));
    return out;
}

QByteArray escaped(const QByteArray &raw)
{
    QByteArray out;
    for (const char c : raw) {
        const uchar u = uchar(c);
        if (c == '(' || c == ')' || c == '\\')
            out += '\\' + QByteArray(1, c);
        else if (u >= 0x80 || u < 0x20)
            out += '\\' + QByteArray::number(u, 8).rightJustified(3, '0');
        else
            out += c;
    }
    return out;
}

} // namespace

QByteArray textContent(const QList<QByteArray> &lines)
{
    QByteArray s = "BT /F1 14 Tf 72 770 Td 18 TL\n";
    for (const QByteArray &line : lines)
        s += '(' + escaped(line) + ") Tj T*\n";
    return s + "ET\n";
}

QByteArray build(const QList<QByteArray> &pageContents, const QByteArray &userPassword, const QByteArray &trueTypeFont)
{
    const bool encrypt = !userPassword.isEmpty();
    const QByteArray id = md5("vanthu test file");
    constexpr qint32 permissions = -4;
    QByteArray owner, user, key;
    if (encrypt) {
        owner = rc4(md5(padded("owner-" + userPassword)).left(5), padded(userPassword));
        key = md5(padded(userPassword) + owner + littleEndian(quint32(permissions), 4) + id).left(5);
        user = rc4(key, kPad);
    }

    // Objects: 1 catalog, 2 pages, 3 font, then per page a page and its content; the Encrypt dictionary last.
    const int pageCount = int(pageContents.size());
    QList<QByteArray> objects;
    QByteArray kids;
    for (int i = 0; i < pageCount; ++i)
        kids += QByteArray::number(4 + 2 * i) + " 0 R ";
    objects << "<< /Type /Catalog /Pages 2 0 R >>"
            << "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pageCount) + " >>"
            << (trueTypeFont.isEmpty()
                       ? QByteArray("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
                       : "<< /Type /Font /Subtype /TrueType /BaseFont /Embedded /Encoding /WinAnsiEncoding "
                         "/FontDescriptor "
                           + QByteArray::number(4 + 2 * pageCount) + " 0 R >>");
    for (int i = 0; i < pageCount; ++i) {
        const int contentNumber = 5 + 2 * i;
        QByteArray stream = pageContents[i];
        if (encrypt)
            stream = rc4(md5(key + littleEndian(quint32(contentNumber), 3) + littleEndian(0, 2)).left(10), stream);
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                   "/Contents "
                + QByteArray::number(contentNumber) + " 0 R >>";
        objects << "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "\nendstream";
    }
    if (!trueTypeFont.isEmpty()) {
        objects << "<< /Type /FontDescriptor /FontName /Embedded /Flags 32 /FontBBox [-1000 -500 2000 1200] "
                   "/ItalicAngle 0 /Ascent 900 /Descent -250 /CapHeight 700 /StemV 80 /FontFile2 "
                + QByteArray::number(5 + 2 * pageCount) + " 0 R >>";
        objects << "<< /Length " + QByteArray::number(trueTypeFont.size()) + " /Length1 "
                + QByteArray::number(trueTypeFont.size()) + " >>\nstream\n" + trueTypeFont + "\nendstream";
    }
    if (encrypt)
        objects << "<< /Filter /Standard /V 1 /R 2 /O <" + owner.toHex() + "> /U <" + user.toHex() + "> /P "
                + QByteArray::number(permissions) + " >>";

    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R";
    if (encrypt)
        pdf += " /Encrypt " + QByteArray::number(objects.size()) + " 0 R";
    pdf += " /ID [<" + id.toHex() + "> <" + id.toHex() + ">] >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace pdfbytes
