// zlib, for unpacking the deflated parts of Office files (ModelImport's OfficePackage).
#include <zlib.h>
