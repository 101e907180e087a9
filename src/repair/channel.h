// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QHash>
#include <QString>

#include <unordered_map>
#include <utility>
#include <vector>

namespace vt::repair {

/// A rewrite the OCR channel makes: `observed` letters came from `source` letters, at a cost −ln P.
struct ChannelRule
{
    QString observed;
    QString source;
    float cost;
};

/// The learned OCR channel of one Tesseract model: ln P(observed | source) for a whole word. Scores a word pair
/// with the table's word row when it has one, otherwise with the best segmentation into the table's character
/// units of 0–2 characters (Brill–Moore), so every candidate is scored on one scale whatever produced it.
/// Strings are lower-case NFC. Immutable once read; thread-safe.
class OcrChannel
{
public:
    /// Reads the rows of `model` ("eng" or "vie") of an ocr-channel.tsv (see docs/ocr-channel.md). An absent
    /// file gives an empty channel.
    static Result<OcrChannel> read(const QString &path, const QString &model);

    bool isEmpty() const { return m_units.empty(); }

    /// ln P(observed | source).
    float logProb(const QString &source, const QString &observed) const;

    /// The words the table saw read as `observed` (a word row), with ln P(observed | word); null if none.
    const std::vector<std::pair<QString, float>> *wordSources(const QString &observed) const;

    /// The character confusions as rewrite rules for proposing candidates, on folded letters, cheaper than
    /// `maxCost`.
    std::vector<ChannelRule> rules(float maxCost) const;

    /// Confusions the table cannot have learned (glyphs of fonts and scans our pages lack: Đ read as P, ộ as
    /// Q), on folded source letters; used where the table has no row. Call before sharing the channel.
    void addFallbackRules(const std::vector<ChannelRule> &rules);

private:
    static quint64 key(QStringView source, QStringView observed);
    float unit(QStringView source, QStringView observed) const;

    std::unordered_map<quint64, float> m_units; ///< (source unit, observed unit) → ln P
    std::unordered_map<quint64, float> m_fallback; ///< (folded source unit, observed unit) → ln P, built in
    QHash<QString, std::vector<std::pair<QString, float>>> m_wordSources; ///< observed word → sources
    QHash<QString, QHash<QString, float>> m_words; ///< source word → observed word → ln P
    std::vector<ChannelRule> m_rows; ///< every character row, unfolded
};

} // namespace vt::repair
