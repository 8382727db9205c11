/* libFuzzer target for the upper layer PDU decoders (src/net/pdu.c), the
 * negotiation that follows an A-ASSOCIATE-RQ, and the DIMSE command decoder
 * fed by P-DATA-TF PDVs. The input is one PDU, header included. A decoded
 * association must survive an encode/decode round trip unchanged. */
#include "net/assoc.h"
#include "net/dimse.h"
#include "net/pdu.h"
#include "net/sop_list.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char list_text[] = "ILE 1.2.840.10008.1.2 transfer\n"
                                "ELE 1.2.840.10008.1.2.1 transfer\n"
                                "JLS 1.2.840.10008.1.2.4.80 transfer\n"
                                "Verification 1.2.840.10008.1.1 sop\n"
                                "CT 1.2.840.10008.5.1.4.1.1.2 sop\n";

static void check_round_trip(uint8_t type, const struct pdu_assoc *a)
{
    static uint8_t out[1 << 20];
    static struct pdu_assoc again;
    size_t len;

    if (pdu_encode_associate(type, a, out, sizeof out, &len) != 0)
        return; /* e.g. no implementation class UID to send */
    if (pdu_decode_associate(type, out + PDU_HEADER_LEN, len - PDU_HEADER_LEN, &again) != 0)
        __builtin_trap();
    if (again.n_pctx != a->n_pctx || again.max_pdu != a->max_pdu ||
        strcmp(again.calling_ae, a->calling_ae) != 0 || strcmp(again.called_ae, a->called_ae) != 0)
        __builtin_trap();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static struct sop_list *sops;
    static struct pdu_assoc a, ac;
    uint8_t type, b1, b2, b3;
    uint32_t len;
    char err[128];

    if (!sops && sop_list_parse(list_text, strlen(list_text), &sops, err, sizeof err) != 0)
        abort();
    if (size < PDU_HEADER_LEN || pdu_parse_header(data, 1 << 20, &type, &len) != 0)
        return 0;
    if (len > size - PDU_HEADER_LEN)
        return 0;
    data += PDU_HEADER_LEN;
    switch (type) {
    case PDU_ASSOCIATE_RQ:
    case PDU_ASSOCIATE_AC:
        if (pdu_decode_associate(type, data, len, &a) != 0)
            return 0;
        check_round_trip(type, &a);
        if (type == PDU_ASSOCIATE_RQ) {
            assoc_negotiate(&a, sops, 65536, &ac, &b1);
            check_round_trip(PDU_ASSOCIATE_AC, &ac);
        }
        break;
    case PDU_DATA_TF: {
        struct pdu_pdv pdv;
        struct dimse_cmd cmd;
        size_t off = 0;

        while (pdu_next_pdv(data, len, &off, &pdv) == 1) {
            if (pdv.control & PDV_COMMAND)
                (void)dimse_decode(pdv.data, pdv.len, &cmd);
        }
        break;
    }
    default:
        (void)pdu_decode_short(data, len, &b1, &b2, &b3);
        break;
    }
    return 0;
}
