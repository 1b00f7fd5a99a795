# Compile settings every Tessera target shares: string-safety defines and warnings.
function(tessera_target_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY QT_DISABLE_DEPRECATED_BEFORE=0x060400
        TESSERA_VERSION="${PROJECT_VERSION}")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-deprecated-declarations)
    if(TESSERA_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
