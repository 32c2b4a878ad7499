# irm_warnings(target): the warnings we hold our own code to.
function(irm_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion)
  if(IRM_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
