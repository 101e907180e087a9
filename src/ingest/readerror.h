// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

namespace vt::ingest {

/// Outcomes of reading that a caller handles differently from "this file is bad": ask for a password, or stop
/// quietly after the user canceled. vt::Error has no codes for them yet, so the reader keeps the nearest code
/// (InvalidArgument) and marks the kind in Error::detail; callers ask failureOf() and never parse text.
enum class Failure { Other, NeedsPassword, WrongPassword, Canceled };

Failure failureOf(const Error &error);

/// Builds the error for one of the kinds above (Failure::Other gives Error::InvalidArgument).
Error makeFailure(Failure kind, QString message);

} // namespace vt::ingest
