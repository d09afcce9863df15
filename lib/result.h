#pragma once
// Result<T>: exactly one of a value or a typed ApiError, returned by the pure
// parsing and validation functions (std::expected arrives only with C++23).

#include "apierror.h"

#include <utility>
#include <variant>

namespace geobox {

template<typename T> class Result final
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(ApiError error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const ApiError &error() const { return std::get<ApiError>(m_state); }

private:
    std::variant<T, ApiError> m_state;
};

} // namespace geobox
