// libxlsxwriter (Debian's libxlsxwriter-dev), which writes the 台账 workbook (ModelReport's LedgerWorkbook).
#include <xlsxwriter.h>
