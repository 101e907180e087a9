// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rng.h"

namespace vt::docgen {

/// A seed for one part of one document (its record, layout, noise), from the run's seed and small
/// integers. Each input is fed through splitmix64 in turn, so any change of any input changes the result.
/// (synth::Rng::hash XORs parallel outputs and returns 0 for some inputs, e.g. (a, 0, 2, 0) for one
/// seed a in eight; it is not used here.)
inline quint64 seedFor(quint64 a, quint64 b, quint64 c = 0, quint64 d = 0)
{
    quint64 x = a;
    for (quint64 next : {b, c, d}) {
        x = synth::Rng::splitmix64(x) ^ next;
    }
    return synth::Rng::splitmix64(x);
}

} // namespace vt::docgen
