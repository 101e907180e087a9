// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ocrchannel/channeltable.h"
#include "ocrchannel/textalign.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace vt::ocrchannel {

struct ChannelOptions
{
    double charK = 0.5; ///< add-k smoothing of P(ocr | source) for characters
    double wordK = 0.5; ///< and for words
    int emIterations = 3; ///< hard-EM passes of the character alignment (the first uses fixed costs)
    int minCharCount = 2; ///< rarer character pairs go to "<other>"
    int minWordSource = 3; ///< a word needs this many occurrences to get word rows
    int minWordPair = 2; ///< and a word confusion this many
    qint64 maxBytes = 2'000'000; ///< word thresholds rise until the table fits
};

/// A character operation learned by the aligner: up to two characters on either side.
struct CharOp
{
    QString source;
    QString ocr;
};

/// Counts how OCR garbles text, per OCR model, from aligned word pairs, and turns the counts into the table.
///
/// Characters are aligned with a Levenshtein whose operations may take up to two characters on either side
/// ("ư"→"ir", "ữn"→"im", "∅"→"␣"), costed -ln P(ocr | source) from the previous pass (hard EM, Viterbi counts).
/// A multi-character operation may not begin or end with a matching character, so identities are never hidden
/// inside a larger unit. P(o | s) = (count(s→o) + k) / (N(s) + k·(rows of s + 1)), where N(s) is how often s occurs
/// in the aligned source words (for "∅", the number of insertion slots), so one- and two-character sources share
/// a denominator that is a plain frequency.
class ChannelCounter
{
public:
    /// Adds the token alignment of one source/OCR line pair read by `model`.
    void addLine(const QString &model, const QList<WordMatch> &words);

    /// Runs the character EM and returns every row, both kinds, all models.
    QList<ChannelRow> estimate(const ChannelOptions &options);

    /// The Viterbi character alignment of one lower-case word pair under the current costs (for tests and docs).
    QList<CharOp> alignChars(const QString &model, const QString &source, const QString &ocr) const;

    struct Stats
    {
        qint64 lines = 0, words = 0, wordPairs = 0, implausible = 0, deleted = 0, inserted = 0, merged = 0, split = 0;
    };
    QMap<QString, Stats> stats() const { return m_stats; }

private:
    struct ModelData
    {
        QHash<QPair<QString, QString>, qint64> charPairs; // lower-case word pairs for the char aligner
        QHash<QString, qint64> wordSource; // N(w)
        QHash<QPair<QString, QString>, qint64> wordPairs; // w → token
        qint64 keptSpaces = 0; // source gaps not merged away
        QHash<quint64, double> opCount; // from the last EM pass
        QHash<quint32, double> sourceTotal; // N(s) for s of 0–2 characters
        QHash<quint32, int> variety; // distinct o per s
    };
    double opCost(const ModelData &d, quint64 op, int a, int b, int pass) const;
    QList<quint64> viterbi(const ModelData &d, const QString &s, const QString &o, int pass) const;
    QList<ChannelRow> charRows(const QString &model, const ModelData &d, const ChannelOptions &o) const;
    QList<ChannelRow> wordRows(const QString &model, const ModelData &d, const ChannelOptions &o, int minPair) const;

    QMap<QString, ModelData> m_models;
    QMap<QString, Stats> m_stats;
    double m_k = 0.5;
    int m_pass = 0;
};

} // namespace vt::ocrchannel
