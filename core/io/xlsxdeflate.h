#pragma once
// The compression level of the workbooks libxlsxwriter writes.
//
// libxlsxwriter (1.1.4, Debian 12) deflates every part of a workbook at zlib's default level 6, on one
// thread, when the workbook is closed, and has no option for the level. On the 5,000-rep plan (178 MB of
// sheet XML) that was about 45% of the export's critical path. Its ZIP writer is the system's minizip
// (libminizip.so.1), which it calls through the dynamic linker. Tessera defines the one minizip function
// that opens an entry, zipOpenNewFileInZip4_64: the dynamic linker binds libxlsxwriter's calls to the
// executable's definition first, and that definition calls minizip's own, with zlib's fastest level (1)
// while a FastDeflateScope is alive on the calling thread and with the level it was given otherwise.
//
// Measured with tessera-cli export on the 5,000-rep plan: 7.5-8.2 s at level 6, 5.0-5.3 s at level 1; the
// workbook grows from 18.0 MB to 22.2 MB (still about an eighth of its XML). Levels 2 and 3 were slower
// (5.7 and 6.0 s) for little gain in size.
//
// If libxlsxwriter ever reaches minizip without the dynamic linker (a static or bundled build), the wrapper
// is not called and workbooks are written at the default level: slower, the same content. tst_export reads
// the level back from an exported workbook's ZIP directory, so a build where the wrapper is bypassed fails.

namespace tessera::io {

class FastDeflateScope
{
public:
    FastDeflateScope();
    ~FastDeflateScope();
    FastDeflateScope(const FastDeflateScope &) = delete;
    FastDeflateScope &operator=(const FastDeflateScope &) = delete;

private:
    bool m_previous;
};

} // namespace tessera::io
