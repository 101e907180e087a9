// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dispatch.h"

#include <QtGlobal>

#include <memory>

namespace vt::synth {

struct GeneratorOptions
{
    quint64 seed = 1;
    int firstYear = 2016;   ///< issued dates are spread uniformly over [1 Jan firstYear, 31 Dec lastYear]
    int lastYear = 2025;
    int bodyBytes = 2048;   ///< approximate UTF-8 size of fullText; below ~1200 the text drops its header block
};

/// Generates a synthetic archive of Vietnamese administrative correspondence as seen from the register
/// of the Văn phòng UBND tỉnh Kiên Giang: incoming documents from 47 provincial, district, Party and
/// central bodies in five provinces, and outgoing ones of UBND tỉnh and its Văn phòng. Everything is
/// written from the project's own word lists (vocabulary*.cpp).
///
/// The sequence is a pure function of the options: the same seed gives the same records on every
/// platform. Within one generator, số và ký hiệu are unique per issuer, type, year (Party: term) and series,
/// so the archive passes a duplicate check. id, arrivalNumber, createdAt/updatedAt/deletedAt are left
/// for the store to fill. Not thread-safe; use one generator per thread (with different seeds).
class ArchiveGenerator
{
public:
    explicit ArchiveGenerator(GeneratorOptions options = {});
    ~ArchiveGenerator();
    ArchiveGenerator(ArchiveGenerator &&) noexcept;
    ArchiveGenerator &operator=(ArchiveGenerator &&) noexcept;
    ArchiveGenerator(const ArchiveGenerator &) = delete;
    ArchiveGenerator &operator=(const ArchiveGenerator &) = delete;

    const GeneratorOptions &options() const;

    vt::Dispatch next();

    struct Impl;

private:
    std::unique_ptr<Impl> d;
};

} // namespace vt::synth
