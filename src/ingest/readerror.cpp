// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/readerror.h"

using namespace Qt::StringLiterals;

namespace vt::ingest {
namespace {

constexpr QStringView kMarks[] = {u"", u"ingest:needs-password", u"ingest:wrong-password", u"ingest:canceled"};

} // namespace

Failure failureOf(const Error &error)
{
    for (int i = 1; i < int(std::size(kMarks)); ++i) {
        if (error.detail == kMarks[i])
            return Failure(i);
    }
    return Failure::Other;
}

Error makeFailure(Failure kind, QString message)
{
    return Error{Error::InvalidArgument, std::move(message), kMarks[int(kind)].toString()};
}

} // namespace vt::ingest
