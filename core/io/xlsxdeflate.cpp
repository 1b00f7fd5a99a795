#include "xlsxdeflate.h"

#include <dlfcn.h>
#include <xlsxwriter/third_party/zip.h>

namespace {
thread_local bool fastDeflate = false;
} // namespace

namespace tessera::io {

FastDeflateScope::FastDeflateScope() : m_previous(fastDeflate)
{
    fastDeflate = true;
}

FastDeflateScope::~FastDeflateScope()
{
    fastDeflate = m_previous;
}

} // namespace tessera::io

// minizip's function, same signature (from the minizip header libxlsxwriter installs), forwarding to the
// next definition in the dynamic linker's order: minizip's.
extern "C" int zipOpenNewFileInZip4_64(zipFile file, const char *filename, const zip_fileinfo *zipfi,
                                       const void *extrafield_local, uInt size_extrafield_local,
                                       const void *extrafield_global, uInt size_extrafield_global,
                                       const char *comment, int method, int level, int raw, int windowBits,
                                       int memLevel, int strategy, const char *password, uLong crcForCrypting,
                                       uLong versionMadeBy, uLong flagBase, int zip64)
{
    using Open = decltype(&zipOpenNewFileInZip4_64);
    static const Open minizip = reinterpret_cast<Open>(dlsym(RTLD_NEXT, "zipOpenNewFileInZip4_64"));
    if (!minizip)
        return ZIP_INTERNALERROR; // libxlsxwriter reports it as an error creating the file
    if (fastDeflate && method == Z_DEFLATED)
        level = Z_BEST_SPEED;
    return minizip(file, filename, zipfi, extrafield_local, size_extrafield_local, extrafield_global,
                   size_extrafield_global, comment, method, level, raw, windowBits, memLevel, strategy,
                   password, crcForCrypting, versionMadeBy, flagBase, zip64);
}
