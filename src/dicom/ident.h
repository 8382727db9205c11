/* Who we are in DICOM terms: the implementation class UID and version name
 * written into Part-10 meta headers and sent in A-ASSOCIATE requests and
 * answers. The one place these are defined. */
#ifndef DG_DICOM_IDENT_H
#define DG_DICOM_IDENT_H

/* A 2.25 UUID-derived root made once for this project (PS3.5 B.2). */
#define DICOM_IMPLEMENTATION_CLASS_UID "2.25.296084370392227497552676553157715707448"
/* At most 16 characters (PS3.7 D.3.3.2). */
#define DICOM_IMPLEMENTATION_VERSION_NAME "CDS_" PACKAGE_VERSION

#endif
