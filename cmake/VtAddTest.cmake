# vt_add_test(<name> SOURCES <files...> LIBS <targets...> [GUI])
# One QtTest executable per feature, registered with CTest. Non-GUI tests use QTEST_GUILESS_MAIN;
# GUI tests run on the offscreen platform so CI needs no display.
function(vt_add_test name)
    cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE vt_options Qt6::Test ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    set(env "VT_SHARED_DIR=${PROJECT_SOURCE_DIR}/../shared")
    if(ARG_GUI)
        list(APPEND env QT_QPA_PLATFORM=offscreen)
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 600)
endfunction()
