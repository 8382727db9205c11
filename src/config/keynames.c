/* dicom.ini key names: Conquest's list and the nearest name to a misspelt
 * one. The list is conquest-behaviour.md section 2.3 (the keys read by
 * Conquest 1.5.0e's code, with their families of numbered keys), plus the
 * manual's PDUSize, which the code does not read but users set. */
#include "config/keynames.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#define NAME_MAX_LEN 63

static const char *const conquest_keys[] = {
    /* Core and network. */
    "MicroPACS",
    "MyACRNema",
    "TCPPort",
    "Edition",
    "TCPIPTimeOut",
    "SendUpperCaseAE",
    "PadAEWithZeros",
    "PACSName",
    "OperatorConsole",
    "DebugLevel",
    "UserLog",
    "TroubleLog",
    "Dictionary",
    "kFactorFile",
    "ACRNemaMap",
    "SOPClassList",
    "NoDicomCheck",
    "IgnoreOutOfMemoryErrors",
    "StorageFailedErrorCode",
    "UIDPrefix",
    "ZipTime",
    "TempDir",
    "PDUSize",
    /* Database. */
    "SQLHost",
    "SQLServer",
    "Username",
    "Password",
    "SQLite",
    "MySQL",
    "PostGres",
    "DoubleBackSlashToDB",
    "UseEscapeStringConstants",
    "SQLiteStartup",
    "MySQLStartup",
    "PostGreSQLStartup",
    "UTF8ToDB",
    "UTF8FromDB",
    "TruncateFieldNames",
    "MaxFieldLength",
    "PatientTableName",
    "StudyTableName",
    "SeriesTableName",
    "ImageTableName",
    "WorkListTableName",
    "DMarkTableName",
    "RegisteredMOPIDTableName",
    "UIDToMOPIDTableName",
    "UIDToCDRIDTableName",
    "EnableComputedFields",
    "AllowTruncate",
    "PatientQuerySortOrder",
    "StudyQuerySortOrder",
    "SeriesQuerySortOrder",
    "ImageQuerySortOrder",
    "FixPhilips",
    "FixKodak",
    "AllowEmptyPatientID",
    "WorkListMode",
    "WorkListReturnsISO_IR",
    "QueriesReturnISO_IR",
    "IndexDBF",
    "PackDBF",
    "LongQueryDBF",
    /* Storage. */
    "MAGDevices",
    "MAGDevice#",
    "MAGDeviceFullThreshold",
    "MAGDeviceThreshold",
    "IgnoreMAGDeviceThreshold",
    "NightlyCleanThreshold",
    "NightlyMoveThreshold",
    "NightlyMoveTarget",
    "LRUSort",
    "MIRRORDevices",
    "MIRRORDevice#",
    "CACHEDevices",
    "CACHEDevice#",
    "JUKEBOXDevices",
    "JUKEBOXDevice#",
    "FileNameSyntax",
    "MaxFileNameLength",
    "RenameOnRewrite",
    "IgnoreRewrite",
    "AllowNKIAsDICOM",
    "FileCompressMode",
    "DroppedFileCompression",
    "IncomingCompression",
    "ArchiveCompression",
    "LossyQuality",
    "UseOpenJPG",
    "UseBuiltInJPEG",
    "UseBuiltInDecompressor",
    "DecompressNon16BitsJpeg",
    "StopOnJPEGWarnings",
    "DelayIncomingFileOpen",
    "WatchFolder",
    "ImportExportDragAndDrop",
    /* Routing and scripting. */
    "ImportConverters",
    "ImportConverter#",
    "ImportModality#",
    "ImportStationName#",
    "ImportCalledAE#",
    "ImportCallingAE#",
    "ExportConverters",
    "ExportConverter#",
    "ExportModality#",
    "ExportStationName#",
    "ExportCalledAE#",
    "ExportCallingAE#",
    "ExportFilter#",
    "QueueSize",
    "FailHoldOff",
    "RetryDelay",
    "RetryForwardFailed",
    "RetryForwardRemoteDICOMError",
    "MaximumExportRetries",
    "MaximumDelayedFetchForwardRetries",
    "DelayedForwarderThreads",
    "ForwardCollectDelay",
    "ForwardAssociationLevel",
    "ForwardAssociationCloseDelay",
    "ForwardAssociationRefreshDelay",
    "ForwardAssociationRelease",
    "QueryConverter#",
    "WorkListQueryConverter#",
    "RetrieveConverter#",
    "RetrieveResultConverter#",
    "QueryResultConverter#",
    "ModalityWorklistQueryResultConverter#",
    "MergeStudiesConverter#",
    "MergeSeriesConverter#",
    "ArchiveConverter#",
    "MoveDeviceConverter#",
    "RejectedImageConverter#",
    "RejectedImageWorkListConverter#",
    "RegenConverter#",
    "RegenFailConverter#",
    "VirtualServerQueryConverter",
    "VirtualServerQueryResultConverter",
    /* Virtual servers and caching. */
    "VirtualServerFor#",
    "VirtualServerPerSeries#",
    "CacheVirtualData",
    "OverlapVirtualGet",
    "EnableReadAheadThread",
    "Prefetcher",
    /* Web and GUI. */
    "WEBReadOnly",
    "WEBPush",
    "DefaultPage",
    "AnyPage",
    "WebServerFor",
    "LadlePort",
    "KeepAlive",
    "LargeFileSizeKB",
    "ExternalViewer",
    "DemoViewer",
    "DemoCopy",
    "Headerbmp",
    "Footerbmp",
    "Backgroundbmp",
    /* Found in the dicom.ini files that Conquest's releases and its users'
     * installations carry (spellings as written there): a site's file must
     * start here unchanged. */
    "MAGDeviceThreshhold",
    "MAGDeviceFullThreshHold",
    "NightlyCleanThreshhold",
    "WorkListReturnsISO_IR_100",
    "BrowseThroughDBF",
    "PrintSquareLandscape",
    "UseKpacsDecompression",
    "RegisteredMOPDeviceTable",
    "UIDToMOPIDTable",
    "UIDToCDRIDTable",
    "MailHost",
    "MailPort",
    "MailSignon",
    "MailFromName",
    "MailRcptName#",
    "MailCollectTime",
    "MailWaitTime",
};

#define NKEYS (sizeof conquest_keys / sizeof conquest_keys[0])

/* The length of `name` without the '#' of a numbered family. */
static size_t stem_len(const char *name)
{
    size_t n = strlen(name);

    return n && name[n - 1] == '#' ? n - 1 : n;
}

/* The length of `key` without its trailing digits. */
static size_t undigited_len(const char *key)
{
    size_t n = strlen(key);

    while (n && isdigit((unsigned char)key[n - 1]))
        n--;
    return n;
}

int keynames_match(const char *key, const char *name)
{
    size_t stem = stem_len(name);

    if (stem == strlen(name))
        return strcasecmp(key, name) == 0;
    return strncasecmp(key, name, stem) == 0 && key[stem] && undigited_len(key) == stem;
}

int keynames_conquest_knows(const char *key)
{
    for (size_t i = 0; i < NKEYS; i++)
        if (keynames_match(key, conquest_keys[i]))
            return 1;
    return 0;
}

/* Edit distance of a[0..la) and b[0..lb), both at most NAME_MAX_LEN long
 * (optimal string alignment: a transposition of neighbours is one edit). */
static unsigned distance_n(const char *a, size_t la, const char *b, size_t lb)
{
    unsigned d[NAME_MAX_LEN + 1][NAME_MAX_LEN + 1];

    for (size_t i = 0; i <= la; i++)
        d[i][0] = (unsigned)i;
    for (size_t j = 0; j <= lb; j++)
        d[0][j] = (unsigned)j;
    for (size_t i = 1; i <= la; i++) {
        for (size_t j = 1; j <= lb; j++) {
            int ca = tolower((unsigned char)a[i - 1]), cb = tolower((unsigned char)b[j - 1]);
            unsigned best = d[i - 1][j - 1] + (ca != cb);
            if (d[i - 1][j] + 1 < best)
                best = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < best)
                best = d[i][j - 1] + 1;
            if (i > 1 && j > 1 && ca == tolower((unsigned char)b[j - 2]) &&
                tolower((unsigned char)a[i - 2]) == cb && d[i - 2][j - 2] + 1 < best)
                best = d[i - 2][j - 2] + 1;
            d[i][j] = best;
        }
    }
    return d[la][lb];
}

unsigned keynames_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);

    if (la > NAME_MAX_LEN || lb > NAME_MAX_LEN)
        return ~0u;
    return distance_n(a, la, b, lb);
}

void keynames_nearest_init(struct keynames_nearest *n)
{
    n->name[0] = '\0';
    n->distance = ~0u;
}

void keynames_offer(struct keynames_nearest *n, const char *key, const char *name)
{
    size_t stem = stem_len(name), keylen = strlen(key), base = undigited_len(key);
    unsigned d;

    if (keylen > NAME_MAX_LEN || stem > NAME_MAX_LEN)
        return;
    if (stem == strlen(name)) {
        d = distance_n(key, keylen, name, stem);
        if (d < n->distance) {
            n->distance = d;
            snprintf(n->name, sizeof n->name, "%s", name);
        }
        return;
    }
    /* A family: the key's number is kept (MAGDevise1 -> MAGDevice1); a key
     * without one is a number short (MAGDevic -> MAGDevice0). */
    d = distance_n(key, base, name, stem) + (base == keylen);
    if (d < n->distance) {
        n->distance = d;
        snprintf(n->name, sizeof n->name, "%.*s%s", (int)stem, name,
                 base == keylen ? "0" : key + base);
    }
}

void keynames_offer_conquest(struct keynames_nearest *n, const char *key)
{
    for (size_t i = 0; i < NKEYS; i++)
        keynames_offer(n, key, conquest_keys[i]);
}

int keynames_is_typo(const struct keynames_nearest *n, const char *key)
{
    size_t len = strlen(key);
    unsigned allowed = len >= 12 ? 3 : len >= 6 ? 2 : 1;

    return n->name[0] && n->distance > 0 && n->distance <= allowed;
}
