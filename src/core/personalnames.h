// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

namespace vt::text {

/// The place a syllable takes in a Vietnamese personal name: "Phạm" (surname) "Thị Minh" (middle) "Hiền" (given).
enum class NamePart { Surname, Middle, Given };

/// How often each syllable (NFC, capitalised as names are written) takes `part` in a name: the signers of the
/// training part of the administrative corpus and of the laws (namesyllables.inc, made by
/// `vanthu-eval-fields names`), plus the common name syllables every clerk knows, which a corpus of eighty signers
/// misses (counted as kCommonNameCount each). The extractor puts signers' names right with it; the repairer
/// prefers name syllables where a name stands.
const QHash<QString, int> &namePartCounts(NamePart part);

/// The count of `syllable` in any part of a name (0 when no name has it).
int nameSyllableCount(QStringView syllable);

inline constexpr int kCommonNameCount = 3;

} // namespace vt::text
