// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "candidates.h"

#include <vector>

namespace vt::repair {

/// One slot of a sentence: the words it may be. A slot with one candidate is fixed context (a number, an
/// abbreviation, a word left alone).
struct Slot
{
    QList<Candidate> candidates;
};

struct Decision
{
    int chosen = 0; ///< index into the slot's candidates
    std::vector<double> probability; ///< per candidate, from the local rescoring around the best path
};

/// States kept per position. Vietnamese needs little: most positions have a handful of candidates and the
/// trigram settles them; 8 was as accurate as 32 on the development split (stripped) and four times faster.
/// English-model OCR leaves more open (up to 40 candidates a word): 16 there.
constexpr size_t kDefaultBeam = 8;
constexpr size_t kOcrBeam = 16;

/// Beam Viterbi over a sentence with the trigram model: maximises Σ ln P(w | two before) + channel.
/// Stateless; safe to call from many threads with the same model.
std::vector<Decision> decodeSentence(
    const LanguageModel &lm, const std::vector<Slot> &positions, size_t beam = kDefaultBeam);

} // namespace vt::repair
