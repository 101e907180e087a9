# Flags every target of ours shares. Link it PRIVATE; it carries no include paths on purpose.
add_library(vt_options INTERFACE)
target_compile_features(vt_options INTERFACE cxx_std_20)
target_compile_definitions(vt_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER QT_DISABLE_DEPRECATED_BEFORE=0x060400)
target_compile_options(vt_options INTERFACE -Wall -Wextra -Wpedantic)
set(CMAKE_CXX_EXTENSIONS OFF)
if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()
