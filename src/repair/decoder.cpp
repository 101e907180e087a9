// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decoder.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace vt::repair {
namespace {

struct State
{
    LanguageModel::WordId older = LanguageModel::kBegin; ///< the word two back
    LanguageModel::WordId last = LanguageModel::kBegin;
    double score = 0;
    int back = -1; ///< index of the previous position's state
    int candidate = -1; ///< index of the candidate taken at this position
};

using Id = LanguageModel::WordId;

Id idAt(const std::vector<Slot> &positions, const std::vector<int> &path, qsizetype i)
{
    if (i < 0)
        return LanguageModel::kBegin;
    if (i >= qsizetype(positions.size()))
        return LanguageModel::kEnd;
    return positions[size_t(i)].candidates.at(path[size_t(i)]).id;
}

} // namespace

std::vector<Decision> decodeSentence(const LanguageModel &lm, const std::vector<Slot> &positions, size_t beam)
{
    const size_t n = positions.size();
    std::vector<std::vector<State>> lattice(n + 1);
    lattice[0] = {State{}};
    std::vector<State> next;
    for (size_t i = 0; i < n; ++i) {
        const std::vector<State> &from = lattice[i];
        const QList<Candidate> &cands = positions[i].candidates;
        next.clear();
        thread_local std::unordered_map<quint64, size_t> seen;
        seen.clear();
        for (int s = 0; s < int(from.size()); ++s) {
            const State &st = from[size_t(s)];
            const LanguageModel::Context context = lm.context(st.older, st.last);
            for (int c = 0; c < int(cands.size()); ++c) {
                const Candidate &cand = cands.at(c);
                const double score = st.score + lm.logProb(context, cand.id) + cand.channel;
                // Recombine: only the last two words matter for what follows.
                const quint64 key = (quint64(st.last) << 32) | cand.id;
                const auto [it, fresh] = seen.try_emplace(key, next.size());
                if (fresh)
                    next.push_back({st.last, cand.id, score, s, c});
                else if (score > next[it->second].score)
                    next[it->second] = {st.last, cand.id, score, s, c};
            }
        }
        if (next.size() > beam) {
            std::partial_sort(next.begin(), next.begin() + qsizetype(beam), next.end(),
                [](const State &a, const State &b) { return a.score > b.score; });
            next.resize(beam);
        }
        lattice[i + 1] = next;
    }

    // Close the sentence and walk back.
    const std::vector<State> &last = lattice[n];
    int best = 0;
    double bestScore = -INFINITY;
    for (int s = 0; s < int(last.size()); ++s) {
        const double score
            = last[size_t(s)].score + lm.logProb(last[size_t(s)].older, last[size_t(s)].last, LanguageModel::kEnd);
        if (score > bestScore) {
            bestScore = score;
            best = s;
        }
    }
    std::vector<int> path(n, 0);
    for (size_t i = n; i > 0; --i) {
        const State &st = lattice[i][size_t(best)];
        path[i - 1] = st.candidate;
        best = st.back;
    }

    // Confidence: rescore each candidate with its neighbours on the best path fixed, and normalise.
    std::vector<Decision> decisions(n);
    for (size_t i = 0; i < n; ++i) {
        const QList<Candidate> &cands = positions[i].candidates;
        Decision &d = decisions[i];
        d.chosen = path[i];
        if (cands.size() == 1) {
            d.probability = {1.0};
            continue;
        }
        const qsizetype at = qsizetype(i);
        const Id a = idAt(positions, path, at - 2), b = idAt(positions, path, at - 1);
        const Id c1 = idAt(positions, path, at + 1), c2 = idAt(positions, path, at + 2);
        std::vector<double> scores(size_t(cands.size()));
        const LanguageModel::Context before = lm.context(a, b);
        for (int c = 0; c < int(cands.size()); ++c) {
            const Id w = cands.at(c).id;
            double s = cands.at(c).channel + lm.logProb(before, w) + lm.logProb(b, w, c1);
            if (at + 1 < qsizetype(n))
                s += lm.logProb(w, c1, c2);
            scores[size_t(c)] = s;
        }
        const double top = *std::max_element(scores.begin(), scores.end());
        double sum = 0;
        for (double &s : scores) {
            // Far below the best, a candidate's share is nothing worth an exp().
            s = s - top < -30 ? 0.0 : double(std::exp(float(s - top)));
            sum += s;
        }
        for (double &s : scores)
            s /= sum;
        d.probability = std::move(scores);
    }
    return decisions;
}

} // namespace vt::repair
