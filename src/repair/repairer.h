// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

namespace vt::repair {

/// What kind of damage to expect. Auto looks at the text: no diacritics at all → Stripped; letters mixed
/// with digits or symbols inside words, or wrong marks (é where Vietnamese writes ê) → EngOcr; otherwise VieOcr.
enum class Mode { Auto, Stripped, EngOcr, VieOcr };

QString toString(Mode mode);
std::optional<Mode> parseMode(QStringView text);

struct Alternative
{
    QString text;
    double probability = 0;
};

/// One word of the input as the repairer saw it. Tokens cover the words only; spaces, line breaks,
/// punctuation and everything left alone are copied through unchanged between them.
struct RepairedToken
{
    qsizetype begin = 0; ///< span in the input (UTF-16 units)
    qsizetype length = 0;
    QString original;
    QString repaired; ///< as written into the output, in the original's case
    double confidence = 0; ///< probability of `repaired` among the alternatives, 0..1
    QList<Alternative> alternatives; ///< best first, `repaired` included; at most 4
    bool changed() const { return original != repaired; }
};

struct RepairResult
{
    QString text;
    QList<RepairedToken> tokens;
    Mode mode = Mode::Auto; ///< the mode actually used (never Auto)
};

class CandidateGenerator;
class CasePrior;
class LanguageModel;

/// Restores Vietnamese text. Load once; repair() is const and thread-safe.
class Repairer
{
public:
    /// Loads the syllable language model (vi-syllables.lm) and the OCR channel (ocr-channel.tsv, optional)
    /// from `modelDir`. defaultModelDir() finds the installed or source-tree copy.
    static Result<std::shared_ptr<const Repairer>> load(const QString &modelDir = defaultModelDir());
    static QString defaultModelDir();

    RepairResult repair(QStringView text, Mode mode = Mode::Auto) const;
    static Mode detectMode(QStringView text);

    ~Repairer();

private:
    Repairer() = default;
    std::shared_ptr<const LanguageModel> m_lm;
    std::unique_ptr<const CandidateGenerator> m_candidates;
    std::unique_ptr<const CasePrior> m_casePrior;
};

} // namespace vt::repair
