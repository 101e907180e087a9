// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/extractor.h"
#include "ingest/sourcefile.h"

#include <QList>

namespace vt::pipeline {

/// Number lines of scanned pages read again. The page's OCR reads the small print of "Số: 07/HD-STTTT" worst of
/// all (a dropped letter, a space inside the notation, a slip): where a document's reference came from an OCR'd
/// line and is doubtful (found by a fallback rule, read with low confidence, or at odds with the title's type
/// and the issuer's initials), the line's region is recognised again on its own, as one line, at the scan's
/// resolution and enlarged, and the reading that agrees best with the rest of the document
/// (extract::referenceAgreement(), then how many readings give it) replaces the reference. `lineConfidence`
/// holds OCR's confidence for each of `lines` (1 where not OCR'd). Documents whose number line is not on an
/// OCR'd page are left alone.
void rereadNumberLines(const ingest::SourceFile &source, const ingest::ReadOptions &options,
    const QList<extract::SourceLine> &lines, const QList<double> &lineConfidence,
    QList<extract::ExtractedDocument> &documents);

} // namespace vt::pipeline
