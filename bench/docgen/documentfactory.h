// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentspec.h"

#include <QtGlobal>

#include <array>

namespace vt::docgen {

struct FactoryOptions
{
    quint64 seed = 1;
    int pagesMax = 2; ///< body length is drawn so that most documents fit; the layout trims the rest
};

/// Turns the synthetic archive (vt_synth: agencies, numbering, phrases) into printable documents with
/// their gold values. Every document is a pure function of (seed, index): document 7 is the same
/// whether 10 or 1000 are generated, on every platform. Const and thread-safe.
class DocumentFactory
{
public:
    explicit DocumentFactory(FactoryOptions options = {});

    const FactoryOptions &options() const { return m_options; }

    GeneratedDocument document(int index) const;

    /// A reply (công văn, first) and the dispatch it answers (second), as when a clerk scans both
    /// into one file: the reply is addressed to the first one's issuer, dated a few days after it,
    /// and cites it in its opening paragraph ("Phúc đáp Công văn số … ngày … của …").
    std::array<GeneratedDocument, 2> replyPair(int index) const;

private:
    FactoryOptions m_options;
};

/// Re-derives what the gold takes from the body (citations, fullText) after the body was changed,
/// e.g. shortened to fit a page limit: a citation stays only while its reference is still printed.
void refreshGold(GeneratedDocument &doc);

} // namespace vt::docgen
