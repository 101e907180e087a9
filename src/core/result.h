// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <tl/expected.hpp>

namespace vt {

/// A foreseeable failure, returned as a value. Callers branch on `code`, never on the message.
/// `message` is one line for the user (what is wrong and what to do); `detail` is for the log.
struct Error
{
    enum Code {
        InvalidArgument,  ///< the caller's input is malformed (bad date, unknown field, empty reference)
        NotFound,         ///< no such record, file or attachment
        Duplicate,        ///< a matching record exists; the caller must confirm to go on
        Io,               ///< a file could not be read or written
        Database,         ///< SQLite reported an error
        Busy,             ///< the database stayed locked by another process past the timeout
        Corrupt,          ///< an integrity or checksum check failed
        SchemaTooNew,     ///< the file was written by a newer Văn Thư
    };
    Code code = InvalidArgument;
    QString message;
    QString detail;
};

template<typename T>
using Result = tl::expected<T, Error>;

inline tl::unexpected<Error> fail(Error::Code code, QString message, QString detail = {})
{
    return tl::unexpected<Error>(Error{code, std::move(message), std::move(detail)});
}

} // namespace vt
