// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

/// Vietnamese 8-bit encodings from before Unicode, still met in older PDFs and text files:
///  - TCVN3 (TCVN 5712:1993, the "ABC" fonts such as .VnTime): one byte per precomposed lower-case letter;
///    upper-case toned letters were set with the lower-case codes in a capitals font (.VnTimeH), so they come
///    back lower-case (the 7 toneless capitals Ă Â Ê Ô Ơ Ư Đ have their own codes).
///  - VNI (VNI-Times fonts): a base letter followed by one byte carrying the marks ("Vieät" = Việt).
///  - Windows-1258: precomposed ă â đ ê ô ơ ư plus combining tone marks.
/// A PDF text layer set in such fonts reads as Windows-1252 mojibake ("Uû ban nh©n d©n"), so the same tables
/// serve both for bytes and for mojibake text.
namespace vt::ingest::legacy {

enum class Encoding { None, Tcvn3, Vni, Windows1258 };

/// "TCVN3", "VNI", "Windows-1258"; empty for None.
QString name(Encoding encoding);

/// Decodes 8-bit text in `encoding` to NFC Unicode. Bytes that the encoding leaves unassigned read as
/// Windows-1252.
QString decode(QByteArrayView bytes, Encoding encoding);

/// Converts text whose characters are legacy bytes read as Windows-1252/Latin-1 (a PDF text layer in a TCVN3 or
/// VNI font) to NFC Unicode. Characters outside that range are kept. For TCVN3, a hyphen inside
/// a word that is a valid syllable with ư in its place becomes ư (WinAnsi fonts show TCVN3 ư as a hyphen).
QString fromMojibake(QStringView text, Encoding encoding);

/// How Vietnamese a text looks: words (letter runs) holding a non-ASCII letter that are, or are not, well-formed
/// Vietnamese syllables.
struct Evidence
{
    int valid = 0;
    int invalid = 0;
    int score() const { return valid - invalid; }
};
Evidence measure(QStringView text);

struct Guess
{
    Encoding encoding = Encoding::None;
    QString text; ///< converted text (NFC); empty when encoding is None
    Evidence evidence;
};

/// Decides whether `text` (already Unicode, e.g. from a PDF text layer or a UTF-8 file) is TCVN3 or VNI mojibake:
/// it must hold no Vietnamese letters of its own, and the conversion must turn clearly more words into valid
/// syllables than it leaves invalid. Returns Encoding::None (and no text) when it is not.
Guess guessMojibake(QStringView text);

/// Decides the encoding of 8-bit bytes that are not UTF-8: TCVN3, VNI or Windows-1258, whichever makes the most
/// words valid Vietnamese syllables, if that is convincing (at least 3 such words, 70% of the non-ASCII ones).
Guess guessBytes(QByteArrayView bytes);

} // namespace vt::ingest::legacy
