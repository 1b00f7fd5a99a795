// Keeps printf on glibc's fast path in every Tessera executable.
//
// GDAL pulls in libquadmath (GDAL -> Armadillo -> LAPACK -> libgfortran -> libquadmath). When it loads,
// libquadmath's constructor registers printf handlers for %f, %e, %g and %a (so that printf can print a
// __float128 with a Q modifier). Once any handler is registered, glibc sends every printf of the process,
// whatever its format, through its slow positional path. libxlsxwriter writes every cell of a workbook with
// fprintf, so this cost the XLSX export of the 5,000-rep plan about 0.6 s of its 4.2-5.0 s (tessera-cli
// export, measured with and without the handlers: 3.5-3.8 s without).
//
// Tessera never prints a __float128. This file, compiled into each executable that links tessera_core (an
// INTERFACE source of it), defines glibc's three registration functions as refusing; the dynamic linker binds
// libquadmath's calls to the executable's definitions first (core/CMakeLists.txt exports them), and
// libquadmath's constructor gives up when registration fails. Nothing else in the process registers printf
// handlers. tst_planstore checks that libquadmath is loaded and that its Q modifier did not take.
#include <printf.h>

extern "C" {

int register_printf_specifier(int, printf_function, printf_arginfo_size_function) noexcept
{
    return -1;
}

int register_printf_modifier(const wchar_t *) noexcept
{
    return -1;
}

int register_printf_type(printf_va_arg_function) noexcept
{
    return -1;
}

} // extern "C"
