// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <span>
#include <vector>

namespace vt::synth {

/// xoshiro256** seeded through splitmix64. We do not use <random>: its distributions are not specified
/// bit for bit, so the same seed could give a different archive with another standard library, and
/// benchmark numbers must be comparable across machines.
class Rng
{
public:
    explicit Rng(quint64 seed)
    {
        quint64 x = seed;
        for (quint64 &word : m_state)
            word = splitmix64(x);
    }

    static quint64 splitmix64(quint64 &x)
    {
        quint64 z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    /// A well-mixed 64-bit value from a few integers, to seed side streams (a person's name from the
    /// agency and the term) that must not depend on how many records came before.
    static quint64 hash(quint64 a, quint64 b, quint64 c = 0, quint64 d = 0)
    {
        quint64 x = a;
        quint64 h = splitmix64(x);
        x ^= b;
        h ^= splitmix64(x);
        x ^= c * 0x9e3779b97f4a7c15ULL;
        h ^= splitmix64(x);
        x ^= d * 0xc2b2ae3d27d4eb4fULL;
        return h ^ splitmix64(x);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /// Uniform in [0, n) by multiply-shift; the bias (< n / 2^32) is far below anything a test could see.
    quint32 below(quint32 n) { return quint32((quint64(quint32(next() >> 32)) * n) >> 32); }
    int between(int lo, int hi) { return lo + int(below(quint32(hi - lo + 1))); }  ///< inclusive
    bool permille(int p) { return below(1000) < quint32(p); }
    bool percent(int p) { return below(100) < quint32(p); }

    template<typename T>
    const T &pick(std::span<const T> items) { return items[below(quint32(items.size()))]; }
    template<typename T>
    const T &pick(const std::vector<T> &items) { return items[below(quint32(items.size()))]; }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_state[4];
};

/// Picks an index with probability proportional to integer weights; integer so that the choice is
/// identical on every platform.
class WeightedIndex
{
public:
    WeightedIndex() = default;
    explicit WeightedIndex(std::span<const quint32> weights) { assign(weights); }

    void assign(std::span<const quint32> weights)
    {
        m_cumulative.clear();
        m_cumulative.reserve(weights.size());
        quint64 total = 0;
        for (quint32 w : weights) {
            total += w;
            m_cumulative.push_back(quint32(total));
        }
        Q_ASSERT(total > 0 && total < (quint64(1) << 32));
    }

    int pick(Rng &rng) const
    {
        const quint32 r = rng.below(m_cumulative.back());
        return int(std::upper_bound(m_cumulative.begin(), m_cumulative.end(), r) - m_cumulative.begin());
    }

    bool isEmpty() const { return m_cumulative.empty() || m_cumulative.back() == 0; }
    int size() const { return int(m_cumulative.size()); }

private:
    std::vector<quint32> m_cumulative;
};

} // namespace vt::synth
