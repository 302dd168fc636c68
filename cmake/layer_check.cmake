# The layer check: each folder of src/core (and src/gui/model) says in its CMakeLists.txt which other folders
# it may include from, in one line read by this script:
#     scopekeeper_layer(ledger MAY_USE common policy)
# A source file that includes "<folder>/..." of a folder not listed (its own is always allowed), or any
# <wx/...> header, breaks the layering of docs/architecture.md. Used two ways:
#   include(cmake/layer_check.cmake) + sk_check_layers(<root>): at configure time (the top CMakeLists.txt);
#   cmake -DROOT=<root> -P cmake/layer_check.cmake: as the ctest test `layers`, so a new include made after
#   configuring is caught too. Either way every problem is listed and the run fails.

cmake_policy(SET CMP0057 NEW)  # IN_LIST, also in script mode

# In a CMakeLists.txt the declaration does nothing: it is read as text by sk_check_layers.
macro(scopekeeper_layer)
endmacro()

function(sk_check_layers root)
  set(problems "")
  file(GLOB layer_lists "${root}/src/core/*/CMakeLists.txt" "${root}/src/gui/model/CMakeLists.txt")
  foreach(list IN LISTS layer_lists)
    get_filename_component(dir "${list}" DIRECTORY)
    get_filename_component(self "${dir}" NAME)
    file(STRINGS "${list}" declaration REGEX "^scopekeeper_layer\\(")
    if(NOT declaration)
      list(APPEND problems "${list}: no scopekeeper_layer(<name> MAY_USE ...) line")
      continue()
    endif()
    string(REGEX REPLACE "^scopekeeper_layer\\(([a-z_]+)( MAY_USE)?([^)]*)\\).*$" "\\3" allowed "${declaration}")
    separate_arguments(allowed)
    file(GLOB_RECURSE sources "${dir}/*.h" "${dir}/*.cpp")
    foreach(source IN LISTS sources)
      file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
      foreach(line IN LISTS includes)
        if(line MATCHES "<wx/")
          list(APPEND problems "${source}: includes a wxWidgets header (${line}); ${self}/ builds without wx")
        elseif(line MATCHES "#[ \t]*include[ \t]*\"([a-z_]+)/")
          set(used "${CMAKE_MATCH_1}")
          if(NOT used STREQUAL self AND NOT used IN_LIST allowed)
            list(APPEND problems "${source}: includes from ${used}/, which ${self}/ may not use (${line})")
          endif()
        endif()
      endforeach()
    endforeach()
  endforeach()
  if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "layer check failed (see docs/architecture.md):\n  ${text}")
  endif()
endfunction()

if(CMAKE_SCRIPT_MODE_FILE AND DEFINED ROOT)
  sk_check_layers("${ROOT}")
  message(STATUS "layer check: every include follows the layers")
endif()
