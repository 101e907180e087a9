// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

/// Vietnamese text rules, in one place. Everything here is pure, thread-safe and allocation-light;
/// the search index calls these functions for every token of a million documents.
namespace vt::text {

/// Unicode NFC. Text is NFC everywhere inside the program.
QString nfc(QStringView s);

/// Removes every diacritic (tone marks, circumflex, breve, horn) and maps đ→d, Đ→D. Case is kept.
/// Works on NFC or NFD input; the result is NFC. Non-Vietnamese letters lose their marks too (é→e).
QString stripDiacritics(QStringView s);

/// The search key of text typed without regard to diacritics: stripDiacritics + case fold.
/// "Đối Ngoại" → "doi ngoai".
QString foldForSearch(QStringView s);

/// Moves tone marks to one canonical place so both spellings compare equal: the new style, tone on the
/// second vowel of a final oa/oe/uy with no final consonant ("hòa"→"hoà", "thủy"→"thuỷ", "tọa"→"toạ",
/// "Ủy"→"Uỷ"). "hoàng", "ngoài", "thuyền", "quý" and "gi…" syllables are left as they are.
/// The same rule as ../shared/tools/vnnorm.py canon(). Applied to every run of letters; NFC result.
QString canonicalTone(QStringView s);

/// The search key of text typed with diacritics: NFC + canonicalTone + case fold. "Hòa Bình" → "hoà bình".
QString exactKey(QStringView s);

/// True when the text holds any Vietnamese diacritic or đ/Đ (so foldForSearch changes more than case).
bool hasDiacritics(QStringView s);

/// True when `word` (one run of letters, any case, NFC or NFD) is a well-formed Vietnamese syllable:
/// onset + rhyme from the Vietnamese inventory, and a tone allowed with that rhyme (a rhyme closed by
/// p/t/c/ch takes only sắc or nặng). Without diacritics it asks whether some accented form exists:
/// "nguoi" → true, "str" → false.
bool isSyllable(QStringView word);

/// True when `word` is a syllable as written, i.e. isSyllable() and carries its marks in valid places.
bool isWellFormedSyllable(QStringView word);

} // namespace vt::text
