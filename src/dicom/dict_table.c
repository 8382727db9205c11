/* Generated from etc/dgate.dic by src/dicom/mkdict.sh: do not edit. */
#include "dicom/dict_table.h"

const struct dict_entry dict_entries[] = {
    {0x00000000, 0xFFFFFFFF, VR_UL, VR_UL, "1", "CommandGroupLength", "Command Group Length"},
    {0x00000001, 0xFFFFFFFF, VR_UL, VR_UL, "1", "CommandLengthToEnd", "Command Length To End (Retired)"},
    {0x00000002, 0xFFFFFFFF, VR_UI, VR_UI, "1", "AffectedSOPClassUID", "Affected SOP Class UID"},
    {0x00000003, 0xFFFFFFFF, VR_UI, VR_UI, "1", "RequestedSOPClassUID", "Requested SOP Class UID"},
    {0x00000010, 0xFFFFFFFF, VR_SH, VR_SH, "1", "CommandRecognitionCode", "Command Recognition Code (Retired)"},
    {0x00000100, 0xFFFFFFFF, VR_US, VR_US, "1", "CommandField", "Command Field"},
    {0x00000110, 0xFFFFFFFF, VR_US, VR_US, "1", "MessageID", "Message ID"},
    {0x00000120, 0xFFFFFFFF, VR_US, VR_US, "1", "MessageIDBeingRespondedTo", "Message ID Being Responded To"},
    {0x00000200, 0xFFFFFFFF, VR_AE, VR_AE, "1", "Initiator", "Initiator (Retired)"},
    {0x00000300, 0xFFFFFFFF, VR_AE, VR_AE, "1", "Receiver", "Receiver (Retired)"},
    {0x00000400, 0xFFFFFFFF, VR_AE, VR_AE, "1", "FindLocation", "Find Location (Retired)"},
    {0x00000600, 0xFFFFFFFF, VR_AE, VR_AE, "1", "MoveDestination", "Move Destination"},
    {0x00000700, 0xFFFFFFFF, VR_US, VR_US, "1", "Priority", "Priority"},
    {0x00000800, 0xFFFFFFFF, VR_US, VR_US, "1", "CommandDataSetType", "Command Data Set Type"},
    {0x00000850, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfMatches", "Number Of Matches (Retired)"},
    {0x00000860, 0xFFFFFFFF, VR_US, VR_US, "1", "ResponseSequenceNumber", "Response Sequence Number (Retired)"},
    {0x00000900, 0xFFFFFFFF, VR_US, VR_US, "1", "Status", "Status"},
    {0x00000901, 0xFFFFFFFF, VR_AT, VR_AT, "1-n", "OffendingElement", "Offending Element"},
    {0x00000902, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ErrorComment", "Error Comment"},
    {0x00000903, 0xFFFFFFFF, VR_US, VR_US, "1", "ErrorID", "Error ID"},
    {0x00001000, 0xFFFFFFFF, VR_UI, VR_UI, "1", "AffectedSOPInstanceUID", "Affected SOP Instance UID"},
    {0x00001001, 0xFFFFFFFF, VR_UI, VR_UI, "1", "RequestedSOPInstanceUID", "Requested SOP Instance UID"},
    {0x00001002, 0xFFFFFFFF, VR_US, VR_US, "1", "EventTypeID", "Event Type ID"},
    {0x00001005, 0xFFFFFFFF, VR_AT, VR_AT, "1-n", "AttributeIdentifierList", "Attribute Identifier List"},
    {0x00001008, 0xFFFFFFFF, VR_US, VR_US, "1", "ActionTypeID", "Action Type ID"},
    {0x00001020, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfRemainingSuboperations", "Number Of Remaining Suboperations"},
    {0x00001021, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfCompletedSuboperations", "Number Of Completed Suboperations"},
    {0x00001022, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfFailedSuboperations", "Number Of Failed Suboperations"},
    {0x00001023, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfWarningSuboperations", "Number Of Warning Suboperations"},
    {0x00001030, 0xFFFFFFFF, VR_AE, VR_AE, "1", "MoveOriginatorApplicationEntityTitle", "Move Originator Application Entity Title"},
    {0x00001031, 0xFFFFFFFF, VR_US, VR_US, "1", "MoveOriginatorMessageID", "Move Originator Message ID"},
    {0x00004000, 0xFFFFFFFF, VR_LT, VR_LT, "1", "DialogReceiver", "Dialog Receiver (Retired)"},
    {0x00004010, 0xFFFFFFFF, VR_LT, VR_LT, "1", "TerminalType", "Terminal Type (Retired)"},
    {0x00005010, 0xFFFFFFFF, VR_SH, VR_SH, "1", "MessageSetID", "Message Set ID (Retired)"},
    {0x00005020, 0xFFFFFFFF, VR_SH, VR_SH, "1", "EndMessageID", "End Message ID (Retired)"},
    {0x00005110, 0xFFFFFFFF, VR_LT, VR_LT, "1", "DisplayFormat", "Display Format (Retired)"},
    {0x00005120, 0xFFFFFFFF, VR_LT, VR_LT, "1", "PagePositionID", "Page Position ID (Retired)"},
    {0x00005130, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TextFormatID", "Text Format ID (Retired)"},
    {0x00005140, 0xFFFFFFFF, VR_CS, VR_CS, "1", "NormalReverse", "Normal Reverse (Retired)"},
    {0x00005150, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AddGrayScale", "Add Gray Scale (Retired)"},
    {0x00005160, 0xFFFFFFFF, VR_CS, VR_CS, "1", "Borders", "Borders (Retired)"},
    {0x00005170, 0xFFFFFFFF, VR_IS, VR_IS, "1", "Copies", "Copies (Retired)"},
    {0x00005180, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CommandMagnificationType", "Command Magnification Type (Retired)"},
    {0x00005190, 0xFFFFFFFF, VR_CS, VR_CS, "1", "Erase", "Erase (Retired)"},
    {0x000051A0, 0xFFFFFFFF, VR_CS, VR_CS, "1", "Print", "Print (Retired)"},
    {0x000051B0, 0xFFFFFFFF, VR_US, VR_US, "1-n", "Overlays", "Overlays (Retired)"},
    {0x00020000, 0xFFFFFFFF, VR_UL, VR_UL, "1", "FileMetaInformationGroupLength", "File Meta Information Group Length"},
    {0x00020001, 0xFFFFFFFF, VR_OB, VR_OB, "1", "FileMetaInformationVersion", "File Meta Information Version"},
    {0x00020002, 0xFFFFFFFF, VR_UI, VR_UI, "1", "MediaStorageSOPClassUID", "Media Storage SOP Class UID"},
    {0x00020003, 0xFFFFFFFF, VR_UI, VR_UI, "1", "MediaStorageSOPInstanceUID", "Media Storage SOP Instance UID"},
    {0x00020010, 0xFFFFFFFF, VR_UI, VR_UI, "1", "TransferSyntaxUID", "Transfer Syntax UID"},
    {0x00020012, 0xFFFFFFFF, VR_UI, VR_UI, "1", "ImplementationClassUID", "Implementation Class UID"},
    {0x00020013, 0xFFFFFFFF, VR_SH, VR_SH, "1", "ImplementationVersionName", "Implementation Version Name"},
    {0x00020016, 0xFFFFFFFF, VR_AE, VR_AE, "1", "SourceApplicationEntityTitle", "Source Application Entity Title"},
    {0x00020017, 0xFFFFFFFF, VR_AE, VR_AE, "1", "SendingApplicationEntityTitle", "Sending Application Entity Title"},
    {0x00020018, 0xFFFFFFFF, VR_AE, VR_AE, "1", "ReceivingApplicationEntityTitle", "Receiving Application Entity Title"},
    {0x00020026, 0xFFFFFFFF, VR_UR, VR_UR, "1", "SourcePresentationAddress", "Source Presentation Address"},
    {0x00020027, 0xFFFFFFFF, VR_UR, VR_UR, "1", "SendingPresentationAddress", "Sending Presentation Address"},
    {0x00020028, 0xFFFFFFFF, VR_UR, VR_UR, "1", "ReceivingPresentationAddress", "Receiving Presentation Address"},
    {0x00020031, 0xFFFFFFFF, VR_OB, VR_OB, "1", "RTVMetaInformationVersion", "RTV Meta Information Version"},
    {0x00020032, 0xFFFFFFFF, VR_UI, VR_UI, "1", "RTVCommunicationSOPClassUID", "RTV Communication SOP Class UID"},
    {0x00020033, 0xFFFFFFFF, VR_UI, VR_UI, "1", "RTVCommunicationSOPInstanceUID", "RTV Communication SOP Instance UID"},
    {0x00020035, 0xFFFFFFFF, VR_OB, VR_OB, "1", "RTVSourceIdentifier", "RTV Source Identifier"},
    {0x00020036, 0xFFFFFFFF, VR_OB, VR_OB, "1", "RTVFlowIdentifier", "RTV Flow Identifier"},
    {0x00020037, 0xFFFFFFFF, VR_UL, VR_UL, "1", "RTVFlowRTPSamplingRate", "RTV Flow RTP Sampling Rate"},
    {0x00020038, 0xFFFFFFFF, VR_FD, VR_FD, "1", "RTVFlowActualFrameDuration", "RTV Flow Actual Frame Duration"},
    {0x00020100, 0xFFFFFFFF, VR_UI, VR_UI, "1", "PrivateInformationCreatorUID", "Private Information Creator UID"},
    {0x00020102, 0xFFFFFFFF, VR_OB, VR_OB, "1", "PrivateInformation", "Private Information"},
    {0x00041130, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FileSetID", "File Set ID"},
    {0x00041141, 0xFFFFFFFF, VR_CS, VR_CS, "1-8", "FileSetDescriptorFileID", "File Set Descriptor File ID"},
    {0x00041142, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SpecificCharacterSetOfFileSetDescriptorFile", "Specific Character Set Of File Set Descriptor File"},
    {0x00041200, 0xFFFFFFFF, VR_UL, VR_UL, "1", "OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity", "Offset Of The First Directory Record Of The Root Directory Entity"},
    {0x00041202, 0xFFFFFFFF, VR_UL, VR_UL, "1", "OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity", "Offset Of The Last Directory Record Of The Root Directory Entity"},
    {0x00041212, 0xFFFFFFFF, VR_US, VR_US, "1", "FileSetConsistencyFlag", "File Set Consistency Flag"},
    {0x00041220, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DirectoryRecordSequence", "Directory Record Sequence"},
    {0x00041400, 0xFFFFFFFF, VR_UL, VR_UL, "1", "OffsetOfTheNextDirectoryRecord", "Offset Of The Next Directory Record"},
    {0x00041410, 0xFFFFFFFF, VR_US, VR_US, "1", "RecordInUseFlag", "Record In Use Flag"},
    {0x00041420, 0xFFFFFFFF, VR_UL, VR_UL, "1", "OffsetOfReferencedLowerLevelDirectoryEntity", "Offset Of Referenced Lower Level Directory Entity"},
    {0x00041430, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DirectoryRecordType", "Directory Record Type"},
    {0x00041432, 0xFFFFFFFF, VR_UI, VR_UI, "1", "PrivateRecordUID", "Private Record UID"},
    {0x00041500, 0xFFFFFFFF, VR_CS, VR_CS, "1-8", "ReferencedFileID", "Referenced File ID"},
    {0x00041504, 0xFFFFFFFF, VR_UL, VR_UL, "1", "MRDRDirectoryRecordOffset", "MRDR Directory Record Offset (Retired)"},
    {0x00041510, 0xFFFFFFFF, VR_UI, VR_UI, "1", "ReferencedSOPClassUIDInFile", "Referenced SOP Class UID In File"},
    {0x00041511, 0xFFFFFFFF, VR_UI, VR_UI, "1", "ReferencedSOPInstanceUIDInFile", "Referenced SOP Instance UID In File"},
    {0x00041512, 0xFFFFFFFF, VR_UI, VR_UI, "1", "ReferencedTransferSyntaxUIDInFile", "Referenced Transfer Syntax UID In File"},
    {0x0004151A, 0xFFFFFFFF, VR_UI, VR_UI, "1-n", "ReferencedRelatedGeneralSOPClassUIDInFile", "Referenced Related General SOP Class UID In File"},
    {0x00041600, 0xFFFFFFFF, VR_UL, VR_UL, "1", "NumberOfReferences", "Number Of References (Retired)"},
    {0x00060001, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CurrentFrameFunctionalGroupsSequence", "Current Frame Functional Groups Sequence"},
    {0x00080001, 0xFFFFFFFF, VR_UL, VR_UL, "1", "LengthToEnd", "Length To End (Retired)"},
    {0x00080005, 0xFFFFFFFF, VR_CS, VR_CS, "1-n", "SpecificCharacterSet", "Specific Character Set"},
    {0x00080006, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "LanguageCodeSequence", "Language Code Sequence"},
    {0x00080008, 0xFFFFFFFF, VR_CS, VR_CS, "2-n", "ImageType", "Image Type"},
    {0x00080010, 0xFFFFFFFF, VR_SH, VR_SH, "1", "RecognitionCode", "Recognition Code (Retired)"},
    {0x00080012, 0xFFFFFFFF, VR_DA, VR_DA, "1", "InstanceCreationDate", "Instance Creation Date"},
    {0x00080013, 0xFFFFFFFF, VR_TM, VR_TM, "1", "InstanceCreationTime", "Instance Creation Time"},
    {0x00080014, 0xFFFFFFFF, VR_UI, VR_UI, "1", "InstanceCreatorUID", "Instance Creator UID"},
    {0x00080015, 0xFFFFFFFF, VR_DT, VR_DT, "1", "InstanceCoercionDateTime", "Instance Coercion Date Time"},
    {0x00080016, 0xFFFFFFFF, VR_UI, VR_UI, "1", "SOPClassUID", "SOP Class UID"},
    {0x00080017, 0xFFFFFFFF, VR_UI, VR_UI, "1", "AcquisitionUID", "Acquisition UID"},
    {0x00080018, 0xFFFFFFFF, VR_UI, VR_UI, "1", "SOPInstanceUID", "SOP Instance UID"},
    {0x00080019, 0xFFFFFFFF, VR_UI, VR_UI, "1", "PyramidUID", "Pyramid UID"},
    {0x0008001A, 0xFFFFFFFF, VR_UI, VR_UI, "1-n", "RelatedGeneralSOPClassUID", "Related General SOP Class UID"},
    {0x0008001B, 0xFFFFFFFF, VR_UI, VR_UI, "1", "OriginalSpecializedSOPClassUID", "Original Specialized SOP Class UID"},
    {0x00080020, 0xFFFFFFFF, VR_DA, VR_DA, "1", "StudyDate", "Study Date"},
    {0x00080021, 0xFFFFFFFF, VR_DA, VR_DA, "1", "SeriesDate", "Series Date"},
    {0x00080022, 0xFFFFFFFF, VR_DA, VR_DA, "1", "AcquisitionDate", "Acquisition Date"},
    {0x00080023, 0xFFFFFFFF, VR_DA, VR_DA, "1", "ContentDate", "Content Date"},
    {0x00080024, 0xFFFFFFFF, VR_DA, VR_DA, "1", "OverlayDate", "Overlay Date (Retired)"},
    {0x00080025, 0xFFFFFFFF, VR_DA, VR_DA, "1", "CurveDate", "Curve Date (Retired)"},
    {0x0008002A, 0xFFFFFFFF, VR_DT, VR_DT, "1", "AcquisitionDateTime", "Acquisition Date Time"},
    {0x00080030, 0xFFFFFFFF, VR_TM, VR_TM, "1", "StudyTime", "Study Time"},
    {0x00080031, 0xFFFFFFFF, VR_TM, VR_TM, "1", "SeriesTime", "Series Time"},
    {0x00080032, 0xFFFFFFFF, VR_TM, VR_TM, "1", "AcquisitionTime", "Acquisition Time"},
    {0x00080033, 0xFFFFFFFF, VR_TM, VR_TM, "1", "ContentTime", "Content Time"},
    {0x00080034, 0xFFFFFFFF, VR_TM, VR_TM, "1", "OverlayTime", "Overlay Time (Retired)"},
    {0x00080035, 0xFFFFFFFF, VR_TM, VR_TM, "1", "CurveTime", "Curve Time (Retired)"},
    {0x00080040, 0xFFFFFFFF, VR_US, VR_US, "1", "DataSetType", "Data Set Type (Retired)"},
    {0x00080041, 0xFFFFFFFF, VR_LO, VR_LO, "1", "DataSetSubtype", "Data Set Subtype (Retired)"},
    {0x00080042, 0xFFFFFFFF, VR_CS, VR_CS, "1", "NuclearMedicineSeriesType", "Nuclear Medicine Series Type (Retired)"},
    {0x00080050, 0xFFFFFFFF, VR_SH, VR_SH, "1", "AccessionNumber", "Accession Number"},
    {0x00080051, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IssuerOfAccessionNumberSequence", "Issuer Of Accession Number Sequence"},
    {0x00080052, 0xFFFFFFFF, VR_CS, VR_CS, "1", "QueryRetrieveLevel", "Query Retrieve Level"},
    {0x00080053, 0xFFFFFFFF, VR_CS, VR_CS, "1", "QueryRetrieveView", "Query Retrieve View"},
    {0x00080054, 0xFFFFFFFF, VR_AE, VR_AE, "1-n", "RetrieveAETitle", "Retrieve AE Title"},
    {0x00080055, 0xFFFFFFFF, VR_AE, VR_AE, "1", "StationAETitle", "Station AE Title"},
    {0x00080056, 0xFFFFFFFF, VR_CS, VR_CS, "1", "InstanceAvailability", "Instance Availability"},
    {0x00080058, 0xFFFFFFFF, VR_UI, VR_UI, "1-n", "FailedSOPInstanceUIDList", "Failed SOP Instance UID List"},
    {0x00080060, 0xFFFFFFFF, VR_CS, VR_CS, "1", "Modality", "Modality"},
    {0x00080061, 0xFFFFFFFF, VR_CS, VR_CS, "1-n", "ModalitiesInStudy", "Modalities In Study"},
    {0x00080062, 0xFFFFFFFF, VR_UI, VR_UI, "1-n", "SOPClassesInStudy", "SOP Classes In Study"},
    {0x00080063, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AnatomicRegionsInStudyCodeSequence", "Anatomic Regions In Study Code Sequence"},
    {0x00080064, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ConversionType", "Conversion Type"},
    {0x00080068, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PresentationIntentType", "Presentation Intent Type"},
    {0x00080070, 0xFFFFFFFF, VR_LO, VR_LO, "1", "Manufacturer", "Manufacturer"},
    {0x00080080, 0xFFFFFFFF, VR_LO, VR_LO, "1", "InstitutionName", "Institution Name"},
    {0x00080081, 0xFFFFFFFF, VR_ST, VR_ST, "1", "InstitutionAddress", "Institution Address"},
    {0x00080082, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "InstitutionCodeSequence", "Institution Code Sequence"},
    {0x00080090, 0xFFFFFFFF, VR_PN, VR_PN, "1", "ReferringPhysicianName", "Referring Physician Name"},
    {0x00080092, 0xFFFFFFFF, VR_ST, VR_ST, "1", "ReferringPhysicianAddress", "Referring Physician Address"},
    {0x00080094, 0xFFFFFFFF, VR_SH, VR_SH, "1-n", "ReferringPhysicianTelephoneNumbers", "Referring Physician Telephone Numbers"},
    {0x00080096, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferringPhysicianIdentificationSequence", "Referring Physician Identification Sequence"},
    {0x0008009C, 0xFFFFFFFF, VR_PN, VR_PN, "1-n", "ConsultingPhysicianName", "Consulting Physician Name"},
    {0x0008009D, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ConsultingPhysicianIdentificationSequence", "Consulting Physician Identification Sequence"},
    {0x00080100, 0xFFFFFFFF, VR_SH, VR_SH, "1", "CodeValue", "Code Value"},
    {0x00080102, 0xFFFFFFFF, VR_SH, VR_SH, "1", "CodingSchemeDesignator", "Coding Scheme Designator"},
    {0x00080103, 0xFFFFFFFF, VR_SH, VR_SH, "1", "CodingSchemeVersion", "Coding Scheme Version"},
    {0x00080104, 0xFFFFFFFF, VR_LO, VR_LO, "1", "CodeMeaning", "Code Meaning"},
    {0x00080105, 0xFFFFFFFF, VR_CS, VR_CS, "1", "MappingResource", "Mapping Resource"},
    {0x00080106, 0xFFFFFFFF, VR_DT, VR_DT, "1", "ContextGroupVersion", "Context Group Version"},
    {0x00080107, 0xFFFFFFFF, VR_DT, VR_DT, "1", "ContextGroupLocalVersion", "Context Group Local Version"},
    {0x00080109, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CodingSchemeResourcesSequence", "Coding Scheme Resources Sequence"},
    {0x0008010A, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CodingSchemeURLType", "Coding Scheme URL Type"},
    {0x0008010B, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ContextGroupExtensionFlag", "Context Group Extension Flag"},
    {0x0008010C, 0xFFFFFFFF, VR_UI, VR_UI, "1", "CodingSchemeUID", "Coding Scheme UID"},
    {0x0008010D, 0xFFFFFFFF, VR_UI, VR_UI, "1", "ContextGroupExtensionCreatorUID", "Context Group Extension Creator UID"},
    {0x0008010E, 0xFFFFFFFF, VR_UR, VR_UR, "1", "CodingSchemeURL", "Coding Scheme URL"},
    {0x0008010F, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ContextIdentifier", "Context Identifier"},
    {0x00080110, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CodingSchemeIdentificationSequence", "Coding Scheme Identification Sequence"},
    {0x00080112, 0xFFFFFFFF, VR_LO, VR_LO, "1", "CodingSchemeRegistry", "Coding Scheme Registry"},
    {0x00080114, 0xFFFFFFFF, VR_ST, VR_ST, "1", "CodingSchemeExternalID", "Coding Scheme External ID"},
    {0x00080115, 0xFFFFFFFF, VR_ST, VR_ST, "1", "CodingSchemeName", "Coding Scheme Name"},
    {0x00080116, 0xFFFFFFFF, VR_ST, VR_ST, "1", "CodingSchemeResponsibleOrganization", "Coding Scheme Responsible Organization"},
    {0x00080117, 0xFFFFFFFF, VR_UI, VR_UI, "1", "ContextUID", "Context UID"},
    {0x00080118, 0xFFFFFFFF, VR_UI, VR_UI, "1", "MappingResourceUID", "Mapping Resource UID"},
    {0x00080119, 0xFFFFFFFF, VR_UC, VR_UC, "1", "LongCodeValue", "Long Code Value"},
    {0x00080120, 0xFFFFFFFF, VR_UR, VR_UR, "1", "URNCodeValue", "URN Code Value"},
    {0x00080121, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "EquivalentCodeSequence", "Equivalent Code Sequence"},
    {0x00080122, 0xFFFFFFFF, VR_LO, VR_LO, "1", "MappingResourceName", "Mapping Resource Name"},
    {0x00080123, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ContextGroupIdentificationSequence", "Context Group Identification Sequence"},
    {0x00080124, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MappingResourceIdentificationSequence", "Mapping Resource Identification Sequence"},
    {0x00080201, 0xFFFFFFFF, VR_SH, VR_SH, "1", "TimezoneOffsetFromUTC", "Timezone Offset From UTC"},
    {0x00080220, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ResponsibleGroupCodeSequence", "Responsible Group Code Sequence"},
    {0x00080221, 0xFFFFFFFF, VR_CS, VR_CS, "1", "EquipmentModality", "Equipment Modality"},
    {0x00080222, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ManufacturerRelatedModelGroup", "Manufacturer Related Model Group"},
    {0x00080300, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PrivateDataElementCharacteristicsSequence", "Private Data Element Characteristics Sequence"},
    {0x00080301, 0xFFFFFFFF, VR_US, VR_US, "1", "PrivateGroupReference", "Private Group Reference"},
    {0x00080302, 0xFFFFFFFF, VR_LO, VR_LO, "1", "PrivateCreatorReference", "Private Creator Reference"},
    {0x00080303, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BlockIdentifyingInformationStatus", "Block Identifying Information Status"},
    {0x00080304, 0xFFFFFFFF, VR_US, VR_US, "1-n", "NonidentifyingPrivateElements", "Nonidentifying Private Elements"},
    {0x00080305, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DeidentificationActionSequence", "Deidentification Action Sequence"},
    {0x00080306, 0xFFFFFFFF, VR_US, VR_US, "1-n", "IdentifyingPrivateElements", "Identifying Private Elements"},
    {0x00080307, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DeidentificationAction", "Deidentification Action"},
    {0x00080308, 0xFFFFFFFF, VR_US, VR_US, "1", "PrivateDataElement", "Private Data Element"},
    {0x00080309, 0xFFFFFFFF, VR_UL, VR_UL, "1-3", "PrivateDataElementValueMultiplicity", "Private Data Element Value Multiplicity"},
    {0x0008030A, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PrivateDataElementValueRepresentation", "Private Data Element Value Representation"},
    {0x0008030B, 0xFFFFFFFF, VR_UL, VR_UL, "1-2", "PrivateDataElementNumberOfItems", "Private Data Element Number Of Items"},
    {0x0008030C, 0xFFFFFFFF, VR_UC, VR_UC, "1", "PrivateDataElementName", "Private Data Element Name"},
    {0x0008030D, 0xFFFFFFFF, VR_UC, VR_UC, "1", "PrivateDataElementKeyword", "Private Data Element Keyword"},
    {0x0008030E, 0xFFFFFFFF, VR_UT, VR_UT, "1", "PrivateDataElementDescription", "Private Data Element Description"},
    {0x0008030F, 0xFFFFFFFF, VR_UT, VR_UT, "1", "PrivateDataElementEncoding", "Private Data Element Encoding"},
    {0x00080310, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PrivateDataElementDefinitionSequence", "Private Data Element Definition Sequence"},
    {0x00081000, 0xFFFFFFFF, VR_AE, VR_AE, "1", "NetworkID", "Network ID (Retired)"},
    {0x00081010, 0xFFFFFFFF, VR_SH, VR_SH, "1", "StationName", "Station Name"},
    {0x00081030, 0xFFFFFFFF, VR_LO, VR_LO, "1", "StudyDescription", "Study Description"},
    {0x00081032, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ProcedureCodeSequence", "Procedure Code Sequence"},
    {0x0008103E, 0xFFFFFFFF, VR_LO, VR_LO, "1", "SeriesDescription", "Series Description"},
    {0x0008103F, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SeriesDescriptionCodeSequence", "Series Description Code Sequence"},
    {0x00081040, 0xFFFFFFFF, VR_LO, VR_LO, "1", "InstitutionalDepartmentName", "Institutional Department Name"},
    {0x00081041, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "InstitutionalDepartmentTypeCodeSequence", "Institutional Department Type Code Sequence"},
    {0x00081048, 0xFFFFFFFF, VR_PN, VR_PN, "1-n", "PhysiciansOfRecord", "Physicians Of Record"},
    {0x00081049, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PhysiciansOfRecordIdentificationSequence", "Physicians Of Record Identification Sequence"},
    {0x00081050, 0xFFFFFFFF, VR_PN, VR_PN, "1-n", "PerformingPhysicianName", "Performing Physician Name"},
    {0x00081052, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PerformingPhysicianIdentificationSequence", "Performing Physician Identification Sequence"},
    {0x00081060, 0xFFFFFFFF, VR_PN, VR_PN, "1-n", "NameOfPhysiciansReadingStudy", "Name Of Physicians Reading Study"},
    {0x00081062, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PhysiciansReadingStudyIdentificationSequence", "Physicians Reading Study Identification Sequence"},
    {0x00081070, 0xFFFFFFFF, VR_PN, VR_PN, "1-n", "OperatorsName", "Operators Name"},
    {0x00081072, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OperatorIdentificationSequence", "Operator Identification Sequence"},
    {0x00081080, 0xFFFFFFFF, VR_LO, VR_LO, "1-n", "AdmittingDiagnosesDescription", "Admitting Diagnoses Description"},
    {0x00081084, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AdmittingDiagnosesCodeSequence", "Admitting Diagnoses Code Sequence"},
    {0x00081088, 0xFFFFFFFF, VR_LO, VR_LO, "1", "PyramidDescription", "Pyramid Description"},
    {0x00081090, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ManufacturerModelName", "Manufacturer Model Name"},
    {0x00081100, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedResultsSequence", "Referenced Results Sequence (Retired)"},
    {0x00081110, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedStudySequence", "Referenced Study Sequence"},
    {0x00081111, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedPerformedProcedureStepSequence", "Referenced Performed Procedure Step Sequence"},
    {0x00081115, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedSeriesSequence", "Referenced Series Sequence"},
    {0x00081120, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedPatientSequence", "Referenced Patient Sequence"},
    {0x00081125, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedVisitSequence", "Referenced Visit Sequence"},
    {0x00081130, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedOverlaySequence", "Referenced Overlay Sequence (Retired)"},
    {0x00081134, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedStereometricInstanceSequence", "Referenced Stereometric Instance Sequence"},
    {0x0008113A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedWaveformSequence", "Referenced Waveform Sequence"},
    {0x00081140, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedImageSequence", "Referenced Image Sequence"},
    {0x00081145, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedCurveSequence", "Referenced Curve Sequence (Retired)"},
    {0x0008114A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedInstanceSequence", "Referenced Instance Sequence"},
    {0x0008114B, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedRealWorldValueMappingInstanceSequence", "Referenced Real World Value Mapping Instance Sequence"},
    {0x00081150, 0xFFFFFFFF, VR_UI, VR_UI, "1", "ReferencedSOPClassUID", "Referenced SOP Class UID"},
    {0x00081155, 0xFFFFFFFF, VR_UI, VR_UI, "1", "ReferencedSOPInstanceUID", "Referenced SOP Instance UID"},
    {0x00081156, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DefinitionSourceSequence", "Definition Source Sequence"},
    {0x0008115A, 0xFFFFFFFF, VR_UI, VR_UI, "1-n", "SOPClassesSupported", "SOP Classes Supported"},
    {0x00081160, 0xFFFFFFFF, VR_IS, VR_IS, "1-n", "ReferencedFrameNumber", "Referenced Frame Number"},
    {0x00081161, 0xFFFFFFFF, VR_UL, VR_UL, "1-n", "SimpleFrameList", "Simple Frame List"},
    {0x00081162, 0xFFFFFFFF, VR_UL, VR_UL, "3-3n", "CalculatedFrameList", "Calculated Frame List"},
    {0x00081163, 0xFFFFFFFF, VR_FD, VR_FD, "2", "TimeRange", "Time Range"},
    {0x00081164, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FrameExtractionSequence", "Frame Extraction Sequence"},
    {0x00081167, 0xFFFFFFFF, VR_UI, VR_UI, "1", "MultiFrameSourceSOPInstanceUID", "Multi Frame Source SOP Instance UID"},
    {0x00081190, 0xFFFFFFFF, VR_UR, VR_UR, "1", "RetrieveURL", "Retrieve URL"},
    {0x00081195, 0xFFFFFFFF, VR_UI, VR_UI, "1", "TransactionUID", "Transaction UID"},
    {0x00081196, 0xFFFFFFFF, VR_US, VR_US, "1", "WarningReason", "Warning Reason"},
    {0x00081197, 0xFFFFFFFF, VR_US, VR_US, "1", "FailureReason", "Failure Reason"},
    {0x00081198, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FailedSOPSequence", "Failed SOP Sequence"},
    {0x00081199, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedSOPSequence", "Referenced SOP Sequence"},
    {0x0008119A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OtherFailuresSequence", "Other Failures Sequence"},
    {0x00081200, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "StudiesContainingOtherReferencedInstancesSequence", "Studies Containing Other Referenced Instances Sequence"},
    {0x00081250, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RelatedSeriesSequence", "Related Series Sequence"},
    {0x00082110, 0xFFFFFFFF, VR_CS, VR_CS, "1", "LossyImageCompressionRetired", "Lossy Image Compression Retired (Retired)"},
    {0x00082111, 0xFFFFFFFF, VR_ST, VR_ST, "1", "DerivationDescription", "Derivation Description"},
    {0x00082112, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SourceImageSequence", "Source Image Sequence"},
    {0x00082120, 0xFFFFFFFF, VR_SH, VR_SH, "1", "StageName", "Stage Name"},
    {0x00082122, 0xFFFFFFFF, VR_IS, VR_IS, "1", "StageNumber", "Stage Number"},
    {0x00082124, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfStages", "Number Of Stages"},
    {0x00082127, 0xFFFFFFFF, VR_SH, VR_SH, "1", "ViewName", "View Name"},
    {0x00082128, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ViewNumber", "View Number"},
    {0x00082129, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfEventTimers", "Number Of Event Timers"},
    {0x0008212A, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfViewsInStage", "Number Of Views In Stage"},
    {0x00082130, 0xFFFFFFFF, VR_DS, VR_DS, "1-n", "EventElapsedTimes", "Event Elapsed Times"},
    {0x00082132, 0xFFFFFFFF, VR_LO, VR_LO, "1-n", "EventTimerNames", "Event Timer Names"},
    {0x00082133, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "EventTimerSequence", "Event Timer Sequence"},
    {0x00082134, 0xFFFFFFFF, VR_FD, VR_FD, "1", "EventTimeOffset", "Event Time Offset"},
    {0x00082135, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "EventCodeSequence", "Event Code Sequence"},
    {0x00082142, 0xFFFFFFFF, VR_IS, VR_IS, "1", "StartTrim", "Start Trim"},
    {0x00082143, 0xFFFFFFFF, VR_IS, VR_IS, "1", "StopTrim", "Stop Trim"},
    {0x00082144, 0xFFFFFFFF, VR_IS, VR_IS, "1", "RecommendedDisplayFrameRate", "Recommended Display Frame Rate"},
    {0x00082200, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TransducerPosition", "Transducer Position (Retired)"},
    {0x00082204, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TransducerOrientation", "Transducer Orientation (Retired)"},
    {0x00082208, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AnatomicStructure", "Anatomic Structure (Retired)"},
    {0x00082218, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AnatomicRegionSequence", "Anatomic Region Sequence"},
    {0x00082220, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AnatomicRegionModifierSequence", "Anatomic Region Modifier Sequence"},
    {0x00082228, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PrimaryAnatomicStructureSequence", "Primary Anatomic Structure Sequence"},
    {0x00082229, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AnatomicStructureSpaceOrRegionSequence", "Anatomic Structure Space Or Region Sequence (Retired)"},
    {0x00082230, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PrimaryAnatomicStructureModifierSequence", "Primary Anatomic Structure Modifier Sequence"},
    {0x00082240, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TransducerPositionSequence", "Transducer Position Sequence (Retired)"},
    {0x00082242, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TransducerPositionModifierSequence", "Transducer Position Modifier Sequence (Retired)"},
    {0x00082244, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TransducerOrientationSequence", "Transducer Orientation Sequence (Retired)"},
    {0x00082246, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TransducerOrientationModifierSequence", "Transducer Orientation Modifier Sequence (Retired)"},
    {0x00082251, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AnatomicStructureSpaceOrRegionCodeSequenceTrial", "Anatomic Structure Space Or Region Code Sequence Trial (Retired)"},
    {0x00082253, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AnatomicPortalOfEntranceCodeSequenceTrial", "Anatomic Portal Of Entrance Code Sequence Trial (Retired)"},
    {0x00082255, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AnatomicApproachDirectionCodeSequenceTrial", "Anatomic Approach Direction Code Sequence Trial (Retired)"},
    {0x00082256, 0xFFFFFFFF, VR_ST, VR_ST, "1", "AnatomicPerspectiveDescriptionTrial", "Anatomic Perspective Description Trial (Retired)"},
    {0x00082257, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AnatomicPerspectiveCodeSequenceTrial", "Anatomic Perspective Code Sequence Trial (Retired)"},
    {0x00082258, 0xFFFFFFFF, VR_ST, VR_ST, "1", "AnatomicLocationOfExaminingInstrumentDescriptionTrial", "Anatomic Location Of Examining Instrument Description Trial (Retired)"},
    {0x00082259, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AnatomicLocationOfExaminingInstrumentCodeSequenceTrial", "Anatomic Location Of Examining Instrument Code Sequence Trial (Retired)"},
    {0x0008225A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AnatomicStructureSpaceOrRegionModifierCodeSequenceTrial", "Anatomic Structure Space Or Region Modifier Code Sequence Trial (Retired)"},
    {0x0008225C, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OnAxisBackgroundAnatomicStructureCodeSequenceTrial", "On Axis Background Anatomic Structure Code Sequence Trial (Retired)"},
    {0x00083001, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AlternateRepresentationSequence", "Alternate Representation Sequence"},
    {0x00083002, 0xFFFFFFFF, VR_UI, VR_UI, "1-n", "AvailableTransferSyntaxUID", "Available Transfer Syntax UID"},
    {0x00083010, 0xFFFFFFFF, VR_UI, VR_UI, "1-n", "IrradiationEventUID", "Irradiation Event UID"},
    {0x00083011, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SourceIrradiationEventSequence", "Source Irradiation Event Sequence"},
    {0x00083012, 0xFFFFFFFF, VR_UI, VR_UI, "1", "RadiopharmaceuticalAdministrationEventUID", "Radiopharmaceutical Administration Event UID"},
    {0x00084000, 0xFFFFFFFF, VR_LT, VR_LT, "1", "IdentifyingComments", "Identifying Comments (Retired)"},
    {0x00089007, 0xFFFFFFFF, VR_CS, VR_CS, "4", "FrameType", "Frame Type"},
    {0x00089092, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedImageEvidenceSequence", "Referenced Image Evidence Sequence"},
    {0x00089121, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedRawDataSequence", "Referenced Raw Data Sequence"},
    {0x00089123, 0xFFFFFFFF, VR_UI, VR_UI, "1", "CreatorVersionUID", "Creator Version UID"},
    {0x00089124, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DerivationImageSequence", "Derivation Image Sequence"},
    {0x00089154, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SourceImageEvidenceSequence", "Source Image Evidence Sequence"},
    {0x00089205, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PixelPresentation", "Pixel Presentation"},
    {0x00089206, 0xFFFFFFFF, VR_CS, VR_CS, "1", "VolumetricProperties", "Volumetric Properties"},
    {0x00089207, 0xFFFFFFFF, VR_CS, VR_CS, "1", "VolumeBasedCalculationTechnique", "Volume Based Calculation Technique"},
    {0x00089208, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ComplexImageComponent", "Complex Image Component"},
    {0x00089209, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AcquisitionContrast", "Acquisition Contrast"},
    {0x00089215, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DerivationCodeSequence", "Derivation Code Sequence"},
    {0x00089237, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedPresentationStateSequence", "Referenced Presentation State Sequence"},
    {0x00089410, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedOtherPlaneSequence", "Referenced Other Plane Sequence"},
    {0x00089458, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FrameDisplaySequence", "Frame Display Sequence"},
    {0x00089459, 0xFFFFFFFF, VR_FL, VR_FL, "1", "RecommendedDisplayFrameRateInFloat", "Recommended Display Frame Rate In Float"},
    {0x00089460, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SkipFrameRangeFlag", "Skip Frame Range Flag"},
    {0x00100010, 0xFFFFFFFF, VR_PN, VR_PN, "1", "PatientName", "Patient Name"},
    {0x00100020, 0xFFFFFFFF, VR_LO, VR_LO, "1", "PatientID", "Patient ID"},
    {0x00100021, 0xFFFFFFFF, VR_LO, VR_LO, "1", "IssuerOfPatientID", "Issuer Of Patient ID"},
    {0x00100022, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TypeOfPatientID", "Type Of Patient ID"},
    {0x00100024, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IssuerOfPatientIDQualifiersSequence", "Issuer Of Patient ID Qualifiers Sequence"},
    {0x00100026, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SourcePatientGroupIdentificationSequence", "Source Patient Group Identification Sequence"},
    {0x00100027, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "GroupOfPatientsIdentificationSequence", "Group Of Patients Identification Sequence"},
    {0x00100028, 0xFFFFFFFF, VR_US, VR_US, "3", "SubjectRelativePositionInImage", "Subject Relative Position In Image"},
    {0x00100030, 0xFFFFFFFF, VR_DA, VR_DA, "1", "PatientBirthDate", "Patient Birth Date"},
    {0x00100032, 0xFFFFFFFF, VR_TM, VR_TM, "1", "PatientBirthTime", "Patient Birth Time"},
    {0x00100033, 0xFFFFFFFF, VR_LO, VR_LO, "1", "PatientBirthDateInAlternativeCalendar", "Patient Birth Date In Alternative Calendar"},
    {0x00100034, 0xFFFFFFFF, VR_LO, VR_LO, "1", "PatientDeathDateInAlternativeCalendar", "Patient Death Date In Alternative Calendar"},
    {0x00100035, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PatientAlternativeCalendar", "Patient Alternative Calendar"},
    {0x00100040, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PatientSex", "Patient Sex"},
    {0x00100050, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PatientInsurancePlanCodeSequence", "Patient Insurance Plan Code Sequence"},
    {0x00100101, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PatientPrimaryLanguageCodeSequence", "Patient Primary Language Code Sequence"},
    {0x00100102, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PatientPrimaryLanguageModifierCodeSequence", "Patient Primary Language Modifier Code Sequence"},
    {0x00100200, 0xFFFFFFFF, VR_CS, VR_CS, "1", "QualityControlSubject", "Quality Control Subject"},
    {0x00100201, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "QualityControlSubjectTypeCodeSequence", "Quality Control Subject Type Code Sequence"},
    {0x00100212, 0xFFFFFFFF, VR_UC, VR_UC, "1", "StrainDescription", "Strain Description"},
    {0x00100213, 0xFFFFFFFF, VR_LO, VR_LO, "1", "StrainNomenclature", "Strain Nomenclature"},
    {0x00100214, 0xFFFFFFFF, VR_LO, VR_LO, "1", "StrainStockNumber", "Strain Stock Number"},
    {0x00100215, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "StrainSourceRegistryCodeSequence", "Strain Source Registry Code Sequence"},
    {0x00100216, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "StrainStockSequence", "Strain Stock Sequence"},
    {0x00100217, 0xFFFFFFFF, VR_LO, VR_LO, "1", "StrainSource", "Strain Source"},
    {0x00100218, 0xFFFFFFFF, VR_UT, VR_UT, "1", "StrainAdditionalInformation", "Strain Additional Information"},
    {0x00100219, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "StrainCodeSequence", "Strain Code Sequence"},
    {0x00100221, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "GeneticModificationsSequence", "Genetic Modifications Sequence"},
    {0x00100222, 0xFFFFFFFF, VR_UC, VR_UC, "1", "GeneticModificationsDescription", "Genetic Modifications Description"},
    {0x00100223, 0xFFFFFFFF, VR_LO, VR_LO, "1", "GeneticModificationsNomenclature", "Genetic Modifications Nomenclature"},
    {0x00100229, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "GeneticModificationsCodeSequence", "Genetic Modifications Code Sequence"},
    {0x00101000, 0xFFFFFFFF, VR_LO, VR_LO, "1-n", "OtherPatientIDs", "Other Patient I Ds (Retired)"},
    {0x00101001, 0xFFFFFFFF, VR_PN, VR_PN, "1-n", "OtherPatientNames", "Other Patient Names"},
    {0x00101002, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OtherPatientIDsSequence", "Other Patient I Ds Sequence"},
    {0x00101005, 0xFFFFFFFF, VR_PN, VR_PN, "1", "PatientBirthName", "Patient Birth Name"},
    {0x00101010, 0xFFFFFFFF, VR_AS, VR_AS, "1", "PatientAge", "Patient Age"},
    {0x00101020, 0xFFFFFFFF, VR_DS, VR_DS, "1", "PatientSize", "Patient Size"},
    {0x00101021, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PatientSizeCodeSequence", "Patient Size Code Sequence"},
    {0x00101022, 0xFFFFFFFF, VR_DS, VR_DS, "1", "PatientBodyMassIndex", "Patient Body Mass Index"},
    {0x00101023, 0xFFFFFFFF, VR_DS, VR_DS, "1", "MeasuredAPDimension", "Measured AP Dimension"},
    {0x00101024, 0xFFFFFFFF, VR_DS, VR_DS, "1", "MeasuredLateralDimension", "Measured Lateral Dimension"},
    {0x00101030, 0xFFFFFFFF, VR_DS, VR_DS, "1", "PatientWeight", "Patient Weight"},
    {0x00101040, 0xFFFFFFFF, VR_LO, VR_LO, "1", "PatientAddress", "Patient Address"},
    {0x00101050, 0xFFFFFFFF, VR_LO, VR_LO, "1-n", "InsurancePlanIdentification", "Insurance Plan Identification (Retired)"},
    {0x00101060, 0xFFFFFFFF, VR_PN, VR_PN, "1", "PatientMotherBirthName", "Patient Mother Birth Name"},
    {0x00101080, 0xFFFFFFFF, VR_LO, VR_LO, "1", "MilitaryRank", "Military Rank"},
    {0x00101081, 0xFFFFFFFF, VR_LO, VR_LO, "1", "BranchOfService", "Branch Of Service"},
    {0x00101090, 0xFFFFFFFF, VR_LO, VR_LO, "1", "MedicalRecordLocator", "Medical Record Locator (Retired)"},
    {0x00101100, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedPatientPhotoSequence", "Referenced Patient Photo Sequence"},
    {0x00102000, 0xFFFFFFFF, VR_LO, VR_LO, "1-n", "MedicalAlerts", "Medical Alerts"},
    {0x00102110, 0xFFFFFFFF, VR_LO, VR_LO, "1-n", "Allergies", "Allergies"},
    {0x00102150, 0xFFFFFFFF, VR_LO, VR_LO, "1", "CountryOfResidence", "Country Of Residence"},
    {0x00102152, 0xFFFFFFFF, VR_LO, VR_LO, "1", "RegionOfResidence", "Region Of Residence"},
    {0x00102154, 0xFFFFFFFF, VR_SH, VR_SH, "1-n", "PatientTelephoneNumbers", "Patient Telephone Numbers"},
    {0x00102155, 0xFFFFFFFF, VR_LT, VR_LT, "1", "PatientTelecomInformation", "Patient Telecom Information"},
    {0x00102160, 0xFFFFFFFF, VR_SH, VR_SH, "1", "EthnicGroup", "Ethnic Group"},
    {0x00102180, 0xFFFFFFFF, VR_SH, VR_SH, "1", "Occupation", "Occupation"},
    {0x001021A0, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SmokingStatus", "Smoking Status"},
    {0x001021B0, 0xFFFFFFFF, VR_LT, VR_LT, "1", "AdditionalPatientHistory", "Additional Patient History"},
    {0x001021C0, 0xFFFFFFFF, VR_US, VR_US, "1", "PregnancyStatus", "Pregnancy Status"},
    {0x001021D0, 0xFFFFFFFF, VR_DA, VR_DA, "1", "LastMenstrualDate", "Last Menstrual Date"},
    {0x001021F0, 0xFFFFFFFF, VR_LO, VR_LO, "1", "PatientReligiousPreference", "Patient Religious Preference"},
    {0x00102201, 0xFFFFFFFF, VR_LO, VR_LO, "1", "PatientSpeciesDescription", "Patient Species Description"},
    {0x00102202, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PatientSpeciesCodeSequence", "Patient Species Code Sequence"},
    {0x00102203, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PatientSexNeutered", "Patient Sex Neutered"},
    {0x00102210, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AnatomicalOrientationType", "Anatomical Orientation Type"},
    {0x00102292, 0xFFFFFFFF, VR_LO, VR_LO, "1", "PatientBreedDescription", "Patient Breed Description"},
    {0x00102293, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PatientBreedCodeSequence", "Patient Breed Code Sequence"},
    {0x00102294, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BreedRegistrationSequence", "Breed Registration Sequence"},
    {0x00102295, 0xFFFFFFFF, VR_LO, VR_LO, "1", "BreedRegistrationNumber", "Breed Registration Number"},
    {0x00102296, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BreedRegistryCodeSequence", "Breed Registry Code Sequence"},
    {0x00102297, 0xFFFFFFFF, VR_PN, VR_PN, "1", "ResponsiblePerson", "Responsible Person"},
    {0x00102298, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ResponsiblePersonRole", "Responsible Person Role"},
    {0x00102299, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ResponsibleOrganization", "Responsible Organization"},
    {0x00104000, 0xFFFFFFFF, VR_LT, VR_LT, "1", "PatientComments", "Patient Comments"},
    {0x00109431, 0xFFFFFFFF, VR_FL, VR_FL, "1", "ExaminedBodyThickness", "Examined Body Thickness"},
    {0x00120010, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ClinicalTrialSponsorName", "Clinical Trial Sponsor Name"},
    {0x00120020, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ClinicalTrialProtocolID", "Clinical Trial Protocol ID"},
    {0x00120021, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ClinicalTrialProtocolName", "Clinical Trial Protocol Name"},
    {0x00120030, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ClinicalTrialSiteID", "Clinical Trial Site ID"},
    {0x00120031, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ClinicalTrialSiteName", "Clinical Trial Site Name"},
    {0x00120040, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ClinicalTrialSubjectID", "Clinical Trial Subject ID"},
    {0x00120042, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ClinicalTrialSubjectReadingID", "Clinical Trial Subject Reading ID"},
    {0x00120050, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ClinicalTrialTimePointID", "Clinical Trial Time Point ID"},
    {0x00120051, 0xFFFFFFFF, VR_ST, VR_ST, "1", "ClinicalTrialTimePointDescription", "Clinical Trial Time Point Description"},
    {0x00120052, 0xFFFFFFFF, VR_FD, VR_FD, "1", "LongitudinalTemporalOffsetFromEvent", "Longitudinal Temporal Offset From Event"},
    {0x00120053, 0xFFFFFFFF, VR_CS, VR_CS, "1", "LongitudinalTemporalEventType", "Longitudinal Temporal Event Type"},
    {0x00120060, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ClinicalTrialCoordinatingCenterName", "Clinical Trial Coordinating Center Name"},
    {0x00120062, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PatientIdentityRemoved", "Patient Identity Removed"},
    {0x00120063, 0xFFFFFFFF, VR_LO, VR_LO, "1-n", "DeidentificationMethod", "Deidentification Method"},
    {0x00120064, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DeidentificationMethodCodeSequence", "Deidentification Method Code Sequence"},
    {0x00120071, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ClinicalTrialSeriesID", "Clinical Trial Series ID"},
    {0x00120072, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ClinicalTrialSeriesDescription", "Clinical Trial Series Description"},
    {0x00120081, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ClinicalTrialProtocolEthicsCommitteeName", "Clinical Trial Protocol Ethics Committee Name"},
    {0x00120082, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ClinicalTrialProtocolEthicsCommitteeApprovalNumber", "Clinical Trial Protocol Ethics Committee Approval Number"},
    {0x00120083, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ConsentForClinicalTrialUseSequence", "Consent For Clinical Trial Use Sequence"},
    {0x00120084, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DistributionType", "Distribution Type"},
    {0x00120085, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ConsentForDistributionFlag", "Consent For Distribution Flag"},
    {0x00120086, 0xFFFFFFFF, VR_DA, VR_DA, "1", "EthicsCommitteeApprovalEffectivenessStartDate", "Ethics Committee Approval Effectiveness Start Date"},
    {0x00120087, 0xFFFFFFFF, VR_DA, VR_DA, "1", "EthicsCommitteeApprovalEffectivenessEndDate", "Ethics Committee Approval Effectiveness End Date"},
    {0x00140023, 0xFFFFFFFF, VR_ST, VR_ST, "1", "CADFileFormat", "CAD File Format (Retired)"},
    {0x00140024, 0xFFFFFFFF, VR_ST, VR_ST, "1", "ComponentReferenceSystem", "Component Reference System (Retired)"},
    {0x00140045, 0xFFFFFFFF, VR_ST, VR_ST, "1", "MaterialPropertiesFileFormatRetired", "Material Properties File Format Retired (Retired)"},
    {0x00160001, 0xFFFFFFFF, VR_DS, VR_DS, "1", "WhitePoint", "White Point"},
    {0x00160002, 0xFFFFFFFF, VR_DS, VR_DS, "3", "PrimaryChromaticities", "Primary Chromaticities"},
    {0x00160003, 0xFFFFFFFF, VR_UT, VR_UT, "1", "BatteryLevel", "Battery Level"},
    {0x00160004, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ExposureTimeInSeconds", "Exposure Time In Seconds"},
    {0x00160005, 0xFFFFFFFF, VR_DS, VR_DS, "1", "FNumber", "F Number"},
    {0x00160006, 0xFFFFFFFF, VR_IS, VR_IS, "1", "OECFRows", "OECF Rows"},
    {0x00160007, 0xFFFFFFFF, VR_IS, VR_IS, "1", "OECFColumns", "OECF Columns"},
    {0x00160008, 0xFFFFFFFF, VR_UC, VR_UC, "1-n", "OECFColumnNames", "OECF Column Names"},
    {0x00160009, 0xFFFFFFFF, VR_DS, VR_DS, "1-n", "OECFValues", "OECF Values"},
    {0x0016000A, 0xFFFFFFFF, VR_IS, VR_IS, "1", "SpatialFrequencyResponseRows", "Spatial Frequency Response Rows"},
    {0x0016000B, 0xFFFFFFFF, VR_IS, VR_IS, "1", "SpatialFrequencyResponseColumns", "Spatial Frequency Response Columns"},
    {0x0016000C, 0xFFFFFFFF, VR_UC, VR_UC, "1-n", "SpatialFrequencyResponseColumnNames", "Spatial Frequency Response Column Names"},
    {0x0016000D, 0xFFFFFFFF, VR_DS, VR_DS, "1-n", "SpatialFrequencyResponseValues", "Spatial Frequency Response Values"},
    {0x0016000E, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ColorFilterArrayPatternRows", "Color Filter Array Pattern Rows"},
    {0x0016000F, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ColorFilterArrayPatternColumns", "Color Filter Array Pattern Columns"},
    {0x00160010, 0xFFFFFFFF, VR_DS, VR_DS, "1-n", "ColorFilterArrayPatternValues", "Color Filter Array Pattern Values"},
    {0x00160011, 0xFFFFFFFF, VR_US, VR_US, "1", "FlashFiringStatus", "Flash Firing Status"},
    {0x00160012, 0xFFFFFFFF, VR_US, VR_US, "1", "FlashReturnStatus", "Flash Return Status"},
    {0x00160013, 0xFFFFFFFF, VR_US, VR_US, "1", "FlashMode", "Flash Mode"},
    {0x00160014, 0xFFFFFFFF, VR_US, VR_US, "1", "FlashFunctionPresent", "Flash Function Present"},
    {0x00160015, 0xFFFFFFFF, VR_US, VR_US, "1", "FlashRedEyeMode", "Flash Red Eye Mode"},
    {0x00160016, 0xFFFFFFFF, VR_US, VR_US, "1", "ExposureProgram", "Exposure Program"},
    {0x00160017, 0xFFFFFFFF, VR_UT, VR_UT, "1", "SpectralSensitivity", "Spectral Sensitivity"},
    {0x00160018, 0xFFFFFFFF, VR_IS, VR_IS, "1", "PhotographicSensitivity", "Photographic Sensitivity"},
    {0x00160019, 0xFFFFFFFF, VR_IS, VR_IS, "1", "SelfTimerMode", "Self Timer Mode"},
    {0x0016001A, 0xFFFFFFFF, VR_US, VR_US, "1", "SensitivityType", "Sensitivity Type"},
    {0x0016001B, 0xFFFFFFFF, VR_IS, VR_IS, "1", "StandardOutputSensitivity", "Standard Output Sensitivity"},
    {0x0016001C, 0xFFFFFFFF, VR_IS, VR_IS, "1", "RecommendedExposureIndex", "Recommended Exposure Index"},
    {0x0016001D, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ISOSpeed", "ISO Speed"},
    {0x0016001E, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ISOSpeedLatitudeyyy", "ISO Speed Latitudeyyy"},
    {0x0016001F, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ISOSpeedLatitudezzz", "ISO Speed Latitudezzz"},
    {0x00160020, 0xFFFFFFFF, VR_UT, VR_UT, "1", "EXIFVersion", "EXIF Version"},
    {0x00160021, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ShutterSpeedValue", "Shutter Speed Value"},
    {0x00160022, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ApertureValue", "Aperture Value"},
    {0x00160023, 0xFFFFFFFF, VR_DS, VR_DS, "1", "BrightnessValue", "Brightness Value"},
    {0x00160024, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ExposureBiasValue", "Exposure Bias Value"},
    {0x00160025, 0xFFFFFFFF, VR_DS, VR_DS, "1", "MaxApertureValue", "Max Aperture Value"},
    {0x00160026, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SubjectDistance", "Subject Distance"},
    {0x00160027, 0xFFFFFFFF, VR_US, VR_US, "1", "MeteringMode", "Metering Mode"},
    {0x00160028, 0xFFFFFFFF, VR_US, VR_US, "1", "LightSource", "Light Source"},
    {0x00160029, 0xFFFFFFFF, VR_DS, VR_DS, "1", "FocalLength", "Focal Length"},
    {0x0016002A, 0xFFFFFFFF, VR_IS, VR_IS, "2-4", "SubjectArea", "Subject Area"},
    {0x0016002B, 0xFFFFFFFF, VR_OB, VR_OB, "1", "MakerNote", "Maker Note"},
    {0x00160030, 0xFFFFFFFF, VR_DS, VR_DS, "1", "Temperature", "Temperature"},
    {0x00160031, 0xFFFFFFFF, VR_DS, VR_DS, "1", "Humidity", "Humidity"},
    {0x00160032, 0xFFFFFFFF, VR_DS, VR_DS, "1", "Pressure", "Pressure"},
    {0x00160033, 0xFFFFFFFF, VR_DS, VR_DS, "1", "WaterDepth", "Water Depth"},
    {0x00160034, 0xFFFFFFFF, VR_DS, VR_DS, "1", "Acceleration", "Acceleration"},
    {0x00160035, 0xFFFFFFFF, VR_DS, VR_DS, "1", "CameraElevationAngle", "Camera Elevation Angle"},
    {0x00160036, 0xFFFFFFFF, VR_DS, VR_DS, "1-2", "FlashEnergy", "Flash Energy"},
    {0x00160037, 0xFFFFFFFF, VR_IS, VR_IS, "2", "SubjectLocation", "Subject Location"},
    {0x00160038, 0xFFFFFFFF, VR_DS, VR_DS, "1", "PhotographicExposureIndex", "Photographic Exposure Index"},
    {0x00160039, 0xFFFFFFFF, VR_US, VR_US, "1", "SensingMethod", "Sensing Method"},
    {0x0016003A, 0xFFFFFFFF, VR_US, VR_US, "1", "FileSource", "File Source"},
    {0x0016003B, 0xFFFFFFFF, VR_US, VR_US, "1", "SceneType", "Scene Type"},
    {0x00160041, 0xFFFFFFFF, VR_US, VR_US, "1", "CustomRendered", "Custom Rendered"},
    {0x00160042, 0xFFFFFFFF, VR_US, VR_US, "1", "ExposureMode", "Exposure Mode"},
    {0x00160043, 0xFFFFFFFF, VR_US, VR_US, "1", "WhiteBalance", "White Balance"},
    {0x00160044, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DigitalZoomRatio", "Digital Zoom Ratio"},
    {0x00160045, 0xFFFFFFFF, VR_IS, VR_IS, "1", "FocalLengthIn35mmFilm", "Focal Length In35mm Film"},
    {0x00160046, 0xFFFFFFFF, VR_US, VR_US, "1", "SceneCaptureType", "Scene Capture Type"},
    {0x00160047, 0xFFFFFFFF, VR_US, VR_US, "1", "GainControl", "Gain Control"},
    {0x00160048, 0xFFFFFFFF, VR_US, VR_US, "1", "Contrast", "Contrast"},
    {0x00160049, 0xFFFFFFFF, VR_US, VR_US, "1", "Saturation", "Saturation"},
    {0x0016004A, 0xFFFFFFFF, VR_US, VR_US, "1", "Sharpness", "Sharpness"},
    {0x0016004B, 0xFFFFFFFF, VR_OB, VR_OB, "1", "DeviceSettingDescription", "Device Setting Description"},
    {0x0016004C, 0xFFFFFFFF, VR_US, VR_US, "1", "SubjectDistanceRange", "Subject Distance Range"},
    {0x0016004D, 0xFFFFFFFF, VR_UT, VR_UT, "1", "CameraOwnerName", "Camera Owner Name"},
    {0x0016004E, 0xFFFFFFFF, VR_DS, VR_DS, "4", "LensSpecification", "Lens Specification"},
    {0x0016004F, 0xFFFFFFFF, VR_UT, VR_UT, "1", "LensMake", "Lens Make"},
    {0x00160050, 0xFFFFFFFF, VR_UT, VR_UT, "1", "LensModel", "Lens Model"},
    {0x00160051, 0xFFFFFFFF, VR_UT, VR_UT, "1", "LensSerialNumber", "Lens Serial Number"},
    {0x00160061, 0xFFFFFFFF, VR_CS, VR_CS, "1", "InteroperabilityIndex", "Interoperability Index"},
    {0x00160062, 0xFFFFFFFF, VR_OB, VR_OB, "1", "InteroperabilityVersion", "Interoperability Version"},
    {0x00160070, 0xFFFFFFFF, VR_OB, VR_OB, "1", "GPSVersionID", "GPS Version ID"},
    {0x00160071, 0xFFFFFFFF, VR_CS, VR_CS, "1", "GPSLatitudeRef", "GPS Latitude Ref"},
    {0x00160072, 0xFFFFFFFF, VR_DS, VR_DS, "3", "GPSLatitude", "GPS Latitude"},
    {0x00160073, 0xFFFFFFFF, VR_CS, VR_CS, "1", "GPSLongitudeRef", "GPS Longitude Ref"},
    {0x00160074, 0xFFFFFFFF, VR_DS, VR_DS, "3", "GPSLongitude", "GPS Longitude"},
    {0x00160075, 0xFFFFFFFF, VR_US, VR_US, "1", "GPSAltitudeRef", "GPS Altitude Ref"},
    {0x00160076, 0xFFFFFFFF, VR_DS, VR_DS, "1", "GPSAltitude", "GPS Altitude"},
    {0x00160077, 0xFFFFFFFF, VR_DT, VR_DT, "1", "GPSTimeStamp", "GPS Time Stamp"},
    {0x00160078, 0xFFFFFFFF, VR_UT, VR_UT, "1", "GPSSatellites", "GPS Satellites"},
    {0x00160079, 0xFFFFFFFF, VR_CS, VR_CS, "1", "GPSStatus", "GPS Status"},
    {0x0016007A, 0xFFFFFFFF, VR_CS, VR_CS, "1", "GPSMeasureMode", "GPS Measure Mode"},
    {0x0016007B, 0xFFFFFFFF, VR_DS, VR_DS, "1", "GPSDOP", "GPSDOP"},
    {0x0016007C, 0xFFFFFFFF, VR_CS, VR_CS, "1", "GPSSpeedRef", "GPS Speed Ref"},
    {0x0016007D, 0xFFFFFFFF, VR_DS, VR_DS, "1", "GPSSpeed", "GPS Speed"},
    {0x0016007E, 0xFFFFFFFF, VR_CS, VR_CS, "1", "GPSTrackRef", "GPS Track Ref"},
    {0x0016007F, 0xFFFFFFFF, VR_DS, VR_DS, "1", "GPSTrack", "GPS Track"},
    {0x00160080, 0xFFFFFFFF, VR_CS, VR_CS, "1", "GPSImgDirectionRef", "GPS Img Direction Ref"},
    {0x00160081, 0xFFFFFFFF, VR_DS, VR_DS, "1", "GPSImgDirection", "GPS Img Direction"},
    {0x00160082, 0xFFFFFFFF, VR_UT, VR_UT, "1", "GPSMapDatum", "GPS Map Datum"},
    {0x00160083, 0xFFFFFFFF, VR_CS, VR_CS, "1", "GPSDestLatitudeRef", "GPS Dest Latitude Ref"},
    {0x00160084, 0xFFFFFFFF, VR_DS, VR_DS, "3", "GPSDestLatitude", "GPS Dest Latitude"},
    {0x00160085, 0xFFFFFFFF, VR_CS, VR_CS, "1", "GPSDestLongitudeRef", "GPS Dest Longitude Ref"},
    {0x00160086, 0xFFFFFFFF, VR_DS, VR_DS, "3", "GPSDestLongitude", "GPS Dest Longitude"},
    {0x00160087, 0xFFFFFFFF, VR_CS, VR_CS, "1", "GPSDestBearingRef", "GPS Dest Bearing Ref"},
    {0x00160088, 0xFFFFFFFF, VR_DS, VR_DS, "1", "GPSDestBearing", "GPS Dest Bearing"},
    {0x00160089, 0xFFFFFFFF, VR_CS, VR_CS, "1", "GPSDestDistanceRef", "GPS Dest Distance Ref"},
    {0x0016008A, 0xFFFFFFFF, VR_DS, VR_DS, "1", "GPSDestDistance", "GPS Dest Distance"},
    {0x0016008B, 0xFFFFFFFF, VR_OB, VR_OB, "1", "GPSProcessingMethod", "GPS Processing Method"},
    {0x0016008C, 0xFFFFFFFF, VR_OB, VR_OB, "1", "GPSAreaInformation", "GPS Area Information"},
    {0x0016008D, 0xFFFFFFFF, VR_DT, VR_DT, "1", "GPSDateStamp", "GPS Date Stamp"},
    {0x0016008E, 0xFFFFFFFF, VR_IS, VR_IS, "1", "GPSDifferential", "GPS Differential"},
    {0x00161001, 0xFFFFFFFF, VR_CS, VR_CS, "1", "LightSourcePolarization", "Light Source Polarization"},
    {0x00161002, 0xFFFFFFFF, VR_DS, VR_DS, "1", "EmitterColorTemperature", "Emitter Color Temperature"},
    {0x00161003, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ContactMethod", "Contact Method"},
    {0x00161004, 0xFFFFFFFF, VR_CS, VR_CS, "1-n", "ImmersionMedia", "Immersion Media"},
    {0x00161005, 0xFFFFFFFF, VR_DS, VR_DS, "1", "OpticalMagnificationFactor", "Optical Magnification Factor"},
    {0x00180010, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ContrastBolusAgent", "Contrast Bolus Agent"},
    {0x00180012, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ContrastBolusAgentSequence", "Contrast Bolus Agent Sequence"},
    {0x00180013, 0xFFFFFFFF, VR_FL, VR_FL, "1", "ContrastBolusT1Relaxivity", "Contrast Bolus T1 Relaxivity"},
    {0x00180014, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ContrastBolusAdministrationRouteSequence", "Contrast Bolus Administration Route Sequence"},
    {0x00180015, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BodyPartExamined", "Body Part Examined"},
    {0x00180020, 0xFFFFFFFF, VR_CS, VR_CS, "1-n", "ScanningSequence", "Scanning Sequence"},
    {0x00180021, 0xFFFFFFFF, VR_CS, VR_CS, "1-n", "SequenceVariant", "Sequence Variant"},
    {0x00180022, 0xFFFFFFFF, VR_CS, VR_CS, "1-n", "ScanOptions", "Scan Options"},
    {0x00180023, 0xFFFFFFFF, VR_CS, VR_CS, "1", "MRAcquisitionType", "MR Acquisition Type"},
    {0x00180024, 0xFFFFFFFF, VR_SH, VR_SH, "1", "SequenceName", "Sequence Name"},
    {0x00180025, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AngioFlag", "Angio Flag"},
    {0x00180026, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "InterventionDrugInformationSequence", "Intervention Drug Information Sequence"},
    {0x00180027, 0xFFFFFFFF, VR_TM, VR_TM, "1", "InterventionDrugStopTime", "Intervention Drug Stop Time"},
    {0x00180028, 0xFFFFFFFF, VR_DS, VR_DS, "1", "InterventionDrugDose", "Intervention Drug Dose"},
    {0x00180029, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "InterventionDrugCodeSequence", "Intervention Drug Code Sequence"},
    {0x0018002A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AdditionalDrugSequence", "Additional Drug Sequence"},
    {0x00180030, 0xFFFFFFFF, VR_LO, VR_LO, "1-n", "Radionuclide", "Radionuclide (Retired)"},
    {0x00180031, 0xFFFFFFFF, VR_LO, VR_LO, "1", "Radiopharmaceutical", "Radiopharmaceutical"},
    {0x00180032, 0xFFFFFFFF, VR_DS, VR_DS, "1", "EnergyWindowCenterline", "Energy Window Centerline (Retired)"},
    {0x00180033, 0xFFFFFFFF, VR_DS, VR_DS, "1-n", "EnergyWindowTotalWidth", "Energy Window Total Width (Retired)"},
    {0x00180034, 0xFFFFFFFF, VR_LO, VR_LO, "1", "InterventionDrugName", "Intervention Drug Name"},
    {0x00180035, 0xFFFFFFFF, VR_TM, VR_TM, "1", "InterventionDrugStartTime", "Intervention Drug Start Time"},
    {0x00180036, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "InterventionSequence", "Intervention Sequence"},
    {0x00180037, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TherapyType", "Therapy Type (Retired)"},
    {0x00180038, 0xFFFFFFFF, VR_CS, VR_CS, "1", "InterventionStatus", "Intervention Status"},
    {0x00180039, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TherapyDescription", "Therapy Description (Retired)"},
    {0x0018003A, 0xFFFFFFFF, VR_ST, VR_ST, "1", "InterventionDescription", "Intervention Description"},
    {0x00180040, 0xFFFFFFFF, VR_IS, VR_IS, "1", "CineRate", "Cine Rate"},
    {0x00180042, 0xFFFFFFFF, VR_CS, VR_CS, "1", "InitialCineRunState", "Initial Cine Run State"},
    {0x00180050, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SliceThickness", "Slice Thickness"},
    {0x00180060, 0xFFFFFFFF, VR_DS, VR_DS, "1", "KVP", "KVP"},
    {0x00180070, 0xFFFFFFFF, VR_IS, VR_IS, "1", "CountsAccumulated", "Counts Accumulated"},
    {0x00180071, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AcquisitionTerminationCondition", "Acquisition Termination Condition"},
    {0x00180072, 0xFFFFFFFF, VR_DS, VR_DS, "1", "EffectiveDuration", "Effective Duration"},
    {0x00180073, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AcquisitionStartCondition", "Acquisition Start Condition"},
    {0x00180074, 0xFFFFFFFF, VR_IS, VR_IS, "1", "AcquisitionStartConditionData", "Acquisition Start Condition Data"},
    {0x00180075, 0xFFFFFFFF, VR_IS, VR_IS, "1", "AcquisitionTerminationConditionData", "Acquisition Termination Condition Data"},
    {0x00180080, 0xFFFFFFFF, VR_DS, VR_DS, "1", "RepetitionTime", "Repetition Time"},
    {0x00180081, 0xFFFFFFFF, VR_DS, VR_DS, "1", "EchoTime", "Echo Time"},
    {0x00180082, 0xFFFFFFFF, VR_DS, VR_DS, "1", "InversionTime", "Inversion Time"},
    {0x00180083, 0xFFFFFFFF, VR_DS, VR_DS, "1", "NumberOfAverages", "Number Of Averages"},
    {0x00180084, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ImagingFrequency", "Imaging Frequency"},
    {0x00180085, 0xFFFFFFFF, VR_SH, VR_SH, "1", "ImagedNucleus", "Imaged Nucleus"},
    {0x00180086, 0xFFFFFFFF, VR_IS, VR_IS, "1-n", "EchoNumbers", "Echo Numbers"},
    {0x00180087, 0xFFFFFFFF, VR_DS, VR_DS, "1", "MagneticFieldStrength", "Magnetic Field Strength"},
    {0x00180088, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SpacingBetweenSlices", "Spacing Between Slices"},
    {0x00180089, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfPhaseEncodingSteps", "Number Of Phase Encoding Steps"},
    {0x00180090, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DataCollectionDiameter", "Data Collection Diameter"},
    {0x00180091, 0xFFFFFFFF, VR_IS, VR_IS, "1", "EchoTrainLength", "Echo Train Length"},
    {0x00180093, 0xFFFFFFFF, VR_DS, VR_DS, "1", "PercentSampling", "Percent Sampling"},
    {0x00180094, 0xFFFFFFFF, VR_DS, VR_DS, "1", "PercentPhaseFieldOfView", "Percent Phase Field Of View"},
    {0x00180095, 0xFFFFFFFF, VR_DS, VR_DS, "1", "PixelBandwidth", "Pixel Bandwidth"},
    {0x00181000, 0xFFFFFFFF, VR_LO, VR_LO, "1", "DeviceSerialNumber", "Device Serial Number"},
    {0x00181002, 0xFFFFFFFF, VR_UI, VR_UI, "1", "DeviceUID", "Device UID"},
    {0x00181003, 0xFFFFFFFF, VR_LO, VR_LO, "1", "DeviceID", "Device ID"},
    {0x00181004, 0xFFFFFFFF, VR_LO, VR_LO, "1", "PlateID", "Plate ID"},
    {0x00181005, 0xFFFFFFFF, VR_LO, VR_LO, "1", "GeneratorID", "Generator ID"},
    {0x00181006, 0xFFFFFFFF, VR_LO, VR_LO, "1", "GridID", "Grid ID"},
    {0x00181007, 0xFFFFFFFF, VR_LO, VR_LO, "1", "CassetteID", "Cassette ID"},
    {0x00181008, 0xFFFFFFFF, VR_LO, VR_LO, "1", "GantryID", "Gantry ID"},
    {0x00181009, 0xFFFFFFFF, VR_UT, VR_UT, "1", "UniqueDeviceIdentifier", "Unique Device Identifier"},
    {0x0018100A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "UDISequence", "UDI Sequence"},
    {0x0018100B, 0xFFFFFFFF, VR_UI, VR_UI, "1-n", "ManufacturerDeviceClassUID", "Manufacturer Device Class UID"},
    {0x00181010, 0xFFFFFFFF, VR_LO, VR_LO, "1", "SecondaryCaptureDeviceID", "Secondary Capture Device ID"},
    {0x00181011, 0xFFFFFFFF, VR_LO, VR_LO, "1", "HardcopyCreationDeviceID", "Hardcopy Creation Device ID (Retired)"},
    {0x00181012, 0xFFFFFFFF, VR_DA, VR_DA, "1", "DateOfSecondaryCapture", "Date Of Secondary Capture"},
    {0x00181014, 0xFFFFFFFF, VR_TM, VR_TM, "1", "TimeOfSecondaryCapture", "Time Of Secondary Capture"},
    {0x00181016, 0xFFFFFFFF, VR_LO, VR_LO, "1", "SecondaryCaptureDeviceManufacturer", "Secondary Capture Device Manufacturer"},
    {0x00181017, 0xFFFFFFFF, VR_LO, VR_LO, "1", "HardcopyDeviceManufacturer", "Hardcopy Device Manufacturer (Retired)"},
    {0x00181018, 0xFFFFFFFF, VR_LO, VR_LO, "1", "SecondaryCaptureDeviceManufacturerModelName", "Secondary Capture Device Manufacturer Model Name"},
    {0x00181019, 0xFFFFFFFF, VR_LO, VR_LO, "1-n", "SecondaryCaptureDeviceSoftwareVersions", "Secondary Capture Device Software Versions"},
    {0x0018101A, 0xFFFFFFFF, VR_LO, VR_LO, "1-n", "HardcopyDeviceSoftwareVersion", "Hardcopy Device Software Version (Retired)"},
    {0x0018101B, 0xFFFFFFFF, VR_LO, VR_LO, "1", "HardcopyDeviceManufacturerModelName", "Hardcopy Device Manufacturer Model Name (Retired)"},
    {0x00181020, 0xFFFFFFFF, VR_LO, VR_LO, "1-n", "SoftwareVersions", "Software Versions"},
    {0x00181022, 0xFFFFFFFF, VR_SH, VR_SH, "1", "VideoImageFormatAcquired", "Video Image Format Acquired"},
    {0x00181023, 0xFFFFFFFF, VR_LO, VR_LO, "1", "DigitalImageFormatAcquired", "Digital Image Format Acquired"},
    {0x00181030, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ProtocolName", "Protocol Name"},
    {0x00181040, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ContrastBolusRoute", "Contrast Bolus Route"},
    {0x00181041, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ContrastBolusVolume", "Contrast Bolus Volume"},
    {0x00181042, 0xFFFFFFFF, VR_TM, VR_TM, "1", "ContrastBolusStartTime", "Contrast Bolus Start Time"},
    {0x00181043, 0xFFFFFFFF, VR_TM, VR_TM, "1", "ContrastBolusStopTime", "Contrast Bolus Stop Time"},
    {0x00181044, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ContrastBolusTotalDose", "Contrast Bolus Total Dose"},
    {0x00181045, 0xFFFFFFFF, VR_IS, VR_IS, "1", "SyringeCounts", "Syringe Counts"},
    {0x00181046, 0xFFFFFFFF, VR_DS, VR_DS, "1-n", "ContrastFlowRate", "Contrast Flow Rate"},
    {0x00181047, 0xFFFFFFFF, VR_DS, VR_DS, "1-n", "ContrastFlowDuration", "Contrast Flow Duration"},
    {0x00181048, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ContrastBolusIngredient", "Contrast Bolus Ingredient"},
    {0x00181049, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ContrastBolusIngredientConcentration", "Contrast Bolus Ingredient Concentration"},
    {0x00181050, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SpatialResolution", "Spatial Resolution"},
    {0x00181060, 0xFFFFFFFF, VR_DS, VR_DS, "1", "TriggerTime", "Trigger Time"},
    {0x00181061, 0xFFFFFFFF, VR_LO, VR_LO, "1", "TriggerSourceOrType", "Trigger Source Or Type"},
    {0x00181062, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NominalInterval", "Nominal Interval"},
    {0x00181063, 0xFFFFFFFF, VR_DS, VR_DS, "1", "FrameTime", "Frame Time"},
    {0x00181064, 0xFFFFFFFF, VR_LO, VR_LO, "1", "CardiacFramingType", "Cardiac Framing Type"},
    {0x00181065, 0xFFFFFFFF, VR_DS, VR_DS, "1-n", "FrameTimeVector", "Frame Time Vector"},
    {0x00181066, 0xFFFFFFFF, VR_DS, VR_DS, "1", "FrameDelay", "Frame Delay"},
    {0x00181067, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ImageTriggerDelay", "Image Trigger Delay"},
    {0x00181068, 0xFFFFFFFF, VR_DS, VR_DS, "1", "MultiplexGroupTimeOffset", "Multiplex Group Time Offset"},
    {0x00181069, 0xFFFFFFFF, VR_DS, VR_DS, "1", "TriggerTimeOffset", "Trigger Time Offset"},
    {0x0018106A, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SynchronizationTrigger", "Synchronization Trigger"},
    {0x0018106C, 0xFFFFFFFF, VR_US, VR_US, "2", "SynchronizationChannel", "Synchronization Channel"},
    {0x0018106E, 0xFFFFFFFF, VR_UL, VR_UL, "1", "TriggerSamplePosition", "Trigger Sample Position"},
    {0x00181070, 0xFFFFFFFF, VR_LO, VR_LO, "1", "RadiopharmaceuticalRoute", "Radiopharmaceutical Route"},
    {0x00181071, 0xFFFFFFFF, VR_DS, VR_DS, "1", "RadiopharmaceuticalVolume", "Radiopharmaceutical Volume"},
    {0x00181072, 0xFFFFFFFF, VR_TM, VR_TM, "1", "RadiopharmaceuticalStartTime", "Radiopharmaceutical Start Time"},
    {0x00181073, 0xFFFFFFFF, VR_TM, VR_TM, "1", "RadiopharmaceuticalStopTime", "Radiopharmaceutical Stop Time"},
    {0x00181074, 0xFFFFFFFF, VR_DS, VR_DS, "1", "RadionuclideTotalDose", "Radionuclide Total Dose"},
    {0x00181075, 0xFFFFFFFF, VR_DS, VR_DS, "1", "RadionuclideHalfLife", "Radionuclide Half Life"},
    {0x00181076, 0xFFFFFFFF, VR_DS, VR_DS, "1", "RadionuclidePositronFraction", "Radionuclide Positron Fraction"},
    {0x00181077, 0xFFFFFFFF, VR_DS, VR_DS, "1", "RadiopharmaceuticalSpecificActivity", "Radiopharmaceutical Specific Activity"},
    {0x00181078, 0xFFFFFFFF, VR_DT, VR_DT, "1", "RadiopharmaceuticalStartDateTime", "Radiopharmaceutical Start Date Time"},
    {0x00181079, 0xFFFFFFFF, VR_DT, VR_DT, "1", "RadiopharmaceuticalStopDateTime", "Radiopharmaceutical Stop Date Time"},
    {0x00181080, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BeatRejectionFlag", "Beat Rejection Flag"},
    {0x00181081, 0xFFFFFFFF, VR_IS, VR_IS, "1", "LowRRValue", "Low RR Value"},
    {0x00181082, 0xFFFFFFFF, VR_IS, VR_IS, "1", "HighRRValue", "High RR Value"},
    {0x00181083, 0xFFFFFFFF, VR_IS, VR_IS, "1", "IntervalsAcquired", "Intervals Acquired"},
    {0x00181084, 0xFFFFFFFF, VR_IS, VR_IS, "1", "IntervalsRejected", "Intervals Rejected"},
    {0x00181085, 0xFFFFFFFF, VR_LO, VR_LO, "1", "PVCRejection", "PVC Rejection"},
    {0x00181086, 0xFFFFFFFF, VR_IS, VR_IS, "1", "SkipBeats", "Skip Beats"},
    {0x00181088, 0xFFFFFFFF, VR_IS, VR_IS, "1", "HeartRate", "Heart Rate"},
    {0x00181090, 0xFFFFFFFF, VR_IS, VR_IS, "1", "CardiacNumberOfImages", "Cardiac Number Of Images"},
    {0x00181094, 0xFFFFFFFF, VR_IS, VR_IS, "1", "TriggerWindow", "Trigger Window"},
    {0x00181100, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ReconstructionDiameter", "Reconstruction Diameter"},
    {0x00181110, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DistanceSourceToDetector", "Distance Source To Detector"},
    {0x00181111, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DistanceSourceToPatient", "Distance Source To Patient"},
    {0x00181114, 0xFFFFFFFF, VR_DS, VR_DS, "1", "EstimatedRadiographicMagnificationFactor", "Estimated Radiographic Magnification Factor"},
    {0x00181120, 0xFFFFFFFF, VR_DS, VR_DS, "1", "GantryDetectorTilt", "Gantry Detector Tilt"},
    {0x00181121, 0xFFFFFFFF, VR_DS, VR_DS, "1", "GantryDetectorSlew", "Gantry Detector Slew"},
    {0x00181130, 0xFFFFFFFF, VR_DS, VR_DS, "1", "TableHeight", "Table Height"},
    {0x00181131, 0xFFFFFFFF, VR_DS, VR_DS, "1", "TableTraverse", "Table Traverse"},
    {0x00181134, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TableMotion", "Table Motion"},
    {0x00181135, 0xFFFFFFFF, VR_DS, VR_DS, "1-n", "TableVerticalIncrement", "Table Vertical Increment"},
    {0x00181136, 0xFFFFFFFF, VR_DS, VR_DS, "1-n", "TableLateralIncrement", "Table Lateral Increment"},
    {0x00181137, 0xFFFFFFFF, VR_DS, VR_DS, "1-n", "TableLongitudinalIncrement", "Table Longitudinal Increment"},
    {0x00181138, 0xFFFFFFFF, VR_DS, VR_DS, "1", "TableAngle", "Table Angle"},
    {0x0018113A, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TableType", "Table Type"},
    {0x00181140, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RotationDirection", "Rotation Direction"},
    {0x00181141, 0xFFFFFFFF, VR_DS, VR_DS, "1", "AngularPosition", "Angular Position (Retired)"},
    {0x00181142, 0xFFFFFFFF, VR_DS, VR_DS, "1-n", "RadialPosition", "Radial Position"},
    {0x00181143, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ScanArc", "Scan Arc"},
    {0x00181144, 0xFFFFFFFF, VR_DS, VR_DS, "1", "AngularStep", "Angular Step"},
    {0x00181145, 0xFFFFFFFF, VR_DS, VR_DS, "1", "CenterOfRotationOffset", "Center Of Rotation Offset"},
    {0x00181146, 0xFFFFFFFF, VR_DS, VR_DS, "1-n", "RotationOffset", "Rotation Offset (Retired)"},
    {0x00181147, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FieldOfViewShape", "Field Of View Shape"},
    {0x00181149, 0xFFFFFFFF, VR_IS, VR_IS, "1-2", "FieldOfViewDimensions", "Field Of View Dimensions"},
    {0x00181150, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ExposureTime", "Exposure Time"},
    {0x00181151, 0xFFFFFFFF, VR_IS, VR_IS, "1", "XRayTubeCurrent", "X Ray Tube Current"},
    {0x00181152, 0xFFFFFFFF, VR_IS, VR_IS, "1", "Exposure", "Exposure"},
    {0x00181153, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ExposureInuAs", "Exposure Inu As"},
    {0x00181154, 0xFFFFFFFF, VR_DS, VR_DS, "1", "AveragePulseWidth", "Average Pulse Width"},
    {0x00181155, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RadiationSetting", "Radiation Setting"},
    {0x00181156, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RectificationType", "Rectification Type"},
    {0x0018115A, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RadiationMode", "Radiation Mode"},
    {0x0018115E, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ImageAndFluoroscopyAreaDoseProduct", "Image And Fluoroscopy Area Dose Product"},
    {0x00181160, 0xFFFFFFFF, VR_SH, VR_SH, "1", "FilterType", "Filter Type"},
    {0x00181161, 0xFFFFFFFF, VR_LO, VR_LO, "1-n", "TypeOfFilters", "Type Of Filters"},
    {0x00181162, 0xFFFFFFFF, VR_DS, VR_DS, "1", "IntensifierSize", "Intensifier Size"},
    {0x00181164, 0xFFFFFFFF, VR_DS, VR_DS, "2", "ImagerPixelSpacing", "Imager Pixel Spacing"},
    {0x00181166, 0xFFFFFFFF, VR_CS, VR_CS, "1-n", "Grid", "Grid"},
    {0x00181170, 0xFFFFFFFF, VR_IS, VR_IS, "1", "GeneratorPower", "Generator Power"},
    {0x00181180, 0xFFFFFFFF, VR_SH, VR_SH, "1", "CollimatorGridName", "Collimator Grid Name"},
    {0x00181181, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CollimatorType", "Collimator Type"},
    {0x00181182, 0xFFFFFFFF, VR_IS, VR_IS, "1-2", "FocalDistance", "Focal Distance"},
    {0x00181183, 0xFFFFFFFF, VR_DS, VR_DS, "1-2", "XFocusCenter", "X Focus Center"},
    {0x00181184, 0xFFFFFFFF, VR_DS, VR_DS, "1-2", "YFocusCenter", "Y Focus Center"},
    {0x00181190, 0xFFFFFFFF, VR_DS, VR_DS, "1-n", "FocalSpots", "Focal Spots"},
    {0x00181191, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AnodeTargetMaterial", "Anode Target Material"},
    {0x001811A0, 0xFFFFFFFF, VR_DS, VR_DS, "1", "BodyPartThickness", "Body Part Thickness"},
    {0x001811A2, 0xFFFFFFFF, VR_DS, VR_DS, "1", "CompressionForce", "Compression Force"},
    {0x001811A3, 0xFFFFFFFF, VR_DS, VR_DS, "1", "CompressionPressure", "Compression Pressure"},
    {0x001811A4, 0xFFFFFFFF, VR_LO, VR_LO, "1", "PaddleDescription", "Paddle Description"},
    {0x001811A5, 0xFFFFFFFF, VR_DS, VR_DS, "1", "CompressionContactArea", "Compression Contact Area"},
    {0x001811B0, 0xFFFFFFFF, VR_LO, VR_LO, "1", "AcquisitionMode", "Acquisition Mode"},
    {0x001811B1, 0xFFFFFFFF, VR_LO, VR_LO, "1", "DoseModeName", "Dose Mode Name"},
    {0x001811B2, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AcquiredSubtractionMaskFlag", "Acquired Subtraction Mask Flag"},
    {0x001811B3, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FluoroscopyPersistenceFlag", "Fluoroscopy Persistence Flag"},
    {0x001811B4, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FluoroscopyLastImageHoldPersistenceFlag", "Fluoroscopy Last Image Hold Persistence Flag"},
    {0x001811B5, 0xFFFFFFFF, VR_IS, VR_IS, "1", "UpperLimitNumberOfPersistentFluoroscopyFrames", "Upper Limit Number Of Persistent Fluoroscopy Frames"},
    {0x001811B6, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ContrastBolusAutoInjectionTriggerFlag", "Contrast Bolus Auto Injection Trigger Flag"},
    {0x001811B7, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ContrastBolusInjectionDelay", "Contrast Bolus Injection Delay"},
    {0x001811B8, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "XAAcquisitionPhaseDetailsSequence", "XA Acquisition Phase Details Sequence"},
    {0x001811B9, 0xFFFFFFFF, VR_FD, VR_FD, "1", "XAAcquisitionFrameRate", "XA Acquisition Frame Rate"},
    {0x001811BA, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "XAPlaneDetailsSequence", "XA Plane Details Sequence"},
    {0x001811BB, 0xFFFFFFFF, VR_LO, VR_LO, "1", "AcquisitionFieldOfViewLabel", "Acquisition Field Of View Label"},
    {0x001811BC, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "XRayFilterDetailsSequence", "X Ray Filter Details Sequence"},
    {0x001811BD, 0xFFFFFFFF, VR_FD, VR_FD, "1", "XAAcquisitionDuration", "XA Acquisition Duration"},
    {0x001811BE, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ReconstructionPipelineType", "Reconstruction Pipeline Type"},
    {0x001811BF, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ImageFilterDetailsSequence", "Image Filter Details Sequence"},
    {0x001811C0, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AppliedMaskSubtractionFlag", "Applied Mask Subtraction Flag"},
    {0x001811C1, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RequestedSeriesDescriptionCodeSequence", "Requested Series Description Code Sequence"},
    {0x00181200, 0xFFFFFFFF, VR_DA, VR_DA, "1-n", "DateOfLastCalibration", "Date Of Last Calibration"},
    {0x00181201, 0xFFFFFFFF, VR_TM, VR_TM, "1-n", "TimeOfLastCalibration", "Time Of Last Calibration"},
    {0x00181202, 0xFFFFFFFF, VR_DT, VR_DT, "1", "DateTimeOfLastCalibration", "Date Time Of Last Calibration"},
    {0x00181203, 0xFFFFFFFF, VR_DT, VR_DT, "1", "CalibrationDateTime", "Calibration Date Time"},
    {0x00181210, 0xFFFFFFFF, VR_SH, VR_SH, "1-n", "ConvolutionKernel", "Convolution Kernel"},
    {0x00181240, 0xFFFFFFFF, VR_IS, VR_IS, "1-n", "UpperLowerPixelValues", "Upper Lower Pixel Values (Retired)"},
    {0x00181242, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ActualFrameDuration", "Actual Frame Duration"},
    {0x00181243, 0xFFFFFFFF, VR_IS, VR_IS, "1", "CountRate", "Count Rate"},
    {0x00181244, 0xFFFFFFFF, VR_US, VR_US, "1", "PreferredPlaybackSequencing", "Preferred Playback Sequencing"},
    {0x00181250, 0xFFFFFFFF, VR_SH, VR_SH, "1", "ReceiveCoilName", "Receive Coil Name"},
    {0x00181251, 0xFFFFFFFF, VR_SH, VR_SH, "1", "TransmitCoilName", "Transmit Coil Name"},
    {0x00181260, 0xFFFFFFFF, VR_SH, VR_SH, "1", "PlateType", "Plate Type"},
    {0x00181261, 0xFFFFFFFF, VR_LO, VR_LO, "1", "PhosphorType", "Phosphor Type"},
    {0x00181271, 0xFFFFFFFF, VR_FD, VR_FD, "1", "WaterEquivalentDiameter", "Water Equivalent Diameter"},
    {0x00181272, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "WaterEquivalentDiameterCalculationMethodCodeSequence", "Water Equivalent Diameter Calculation Method Code Sequence"},
    {0x00181300, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ScanVelocity", "Scan Velocity"},
    {0x00181301, 0xFFFFFFFF, VR_CS, VR_CS, "1-n", "WholeBodyTechnique", "Whole Body Technique"},
    {0x00181302, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ScanLength", "Scan Length"},
    {0x00181310, 0xFFFFFFFF, VR_US, VR_US, "4", "AcquisitionMatrix", "Acquisition Matrix"},
    {0x00181312, 0xFFFFFFFF, VR_CS, VR_CS, "1", "InPlanePhaseEncodingDirection", "In Plane Phase Encoding Direction"},
    {0x00181314, 0xFFFFFFFF, VR_DS, VR_DS, "1", "FlipAngle", "Flip Angle"},
    {0x00181315, 0xFFFFFFFF, VR_CS, VR_CS, "1", "VariableFlipAngleFlag", "Variable Flip Angle Flag"},
    {0x00181316, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SAR", "SAR"},
    {0x00181318, 0xFFFFFFFF, VR_DS, VR_DS, "1", "dBdt", "d Bdt"},
    {0x00181320, 0xFFFFFFFF, VR_FL, VR_FL, "1", "B1rms", "B1rms"},
    {0x00181400, 0xFFFFFFFF, VR_LO, VR_LO, "1", "AcquisitionDeviceProcessingDescription", "Acquisition Device Processing Description"},
    {0x00181401, 0xFFFFFFFF, VR_LO, VR_LO, "1", "AcquisitionDeviceProcessingCode", "Acquisition Device Processing Code"},
    {0x00181402, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CassetteOrientation", "Cassette Orientation"},
    {0x00181403, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CassetteSize", "Cassette Size"},
    {0x00181404, 0xFFFFFFFF, VR_US, VR_US, "1", "ExposuresOnPlate", "Exposures On Plate"},
    {0x00181405, 0xFFFFFFFF, VR_IS, VR_IS, "1", "RelativeXRayExposure", "Relative X Ray Exposure"},
    {0x00181411, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ExposureIndex", "Exposure Index"},
    {0x00181412, 0xFFFFFFFF, VR_DS, VR_DS, "1", "TargetExposureIndex", "Target Exposure Index"},
    {0x00181413, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DeviationIndex", "Deviation Index"},
    {0x00181450, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ColumnAngulation", "Column Angulation"},
    {0x00181460, 0xFFFFFFFF, VR_DS, VR_DS, "1", "TomoLayerHeight", "Tomo Layer Height"},
    {0x00181470, 0xFFFFFFFF, VR_DS, VR_DS, "1", "TomoAngle", "Tomo Angle"},
    {0x00181480, 0xFFFFFFFF, VR_DS, VR_DS, "1", "TomoTime", "Tomo Time"},
    {0x00181490, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TomoType", "Tomo Type"},
    {0x00181491, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TomoClass", "Tomo Class"},
    {0x00181495, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfTomosynthesisSourceImages", "Number Of Tomosynthesis Source Images"},
    {0x00181500, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PositionerMotion", "Positioner Motion"},
    {0x00181508, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PositionerType", "Positioner Type"},
    {0x00181510, 0xFFFFFFFF, VR_DS, VR_DS, "1", "PositionerPrimaryAngle", "Positioner Primary Angle"},
    {0x00181511, 0xFFFFFFFF, VR_DS, VR_DS, "1", "PositionerSecondaryAngle", "Positioner Secondary Angle"},
    {0x00181520, 0xFFFFFFFF, VR_DS, VR_DS, "1-n", "PositionerPrimaryAngleIncrement", "Positioner Primary Angle Increment"},
    {0x00181521, 0xFFFFFFFF, VR_DS, VR_DS, "1-n", "PositionerSecondaryAngleIncrement", "Positioner Secondary Angle Increment"},
    {0x00181530, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DetectorPrimaryAngle", "Detector Primary Angle"},
    {0x00181531, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DetectorSecondaryAngle", "Detector Secondary Angle"},
    {0x00181600, 0xFFFFFFFF, VR_CS, VR_CS, "1-3", "ShutterShape", "Shutter Shape"},
    {0x00181602, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ShutterLeftVerticalEdge", "Shutter Left Vertical Edge"},
    {0x00181604, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ShutterRightVerticalEdge", "Shutter Right Vertical Edge"},
    {0x00181606, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ShutterUpperHorizontalEdge", "Shutter Upper Horizontal Edge"},
    {0x00181608, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ShutterLowerHorizontalEdge", "Shutter Lower Horizontal Edge"},
    {0x00181610, 0xFFFFFFFF, VR_IS, VR_IS, "2", "CenterOfCircularShutter", "Center Of Circular Shutter"},
    {0x00181612, 0xFFFFFFFF, VR_IS, VR_IS, "1", "RadiusOfCircularShutter", "Radius Of Circular Shutter"},
    {0x00181620, 0xFFFFFFFF, VR_IS, VR_IS, "2-2n", "VerticesOfThePolygonalShutter", "Vertices Of The Polygonal Shutter"},
    {0x00181622, 0xFFFFFFFF, VR_US, VR_US, "1", "ShutterPresentationValue", "Shutter Presentation Value"},
    {0x00181623, 0xFFFFFFFF, VR_US, VR_US, "1", "ShutterOverlayGroup", "Shutter Overlay Group"},
    {0x00181624, 0xFFFFFFFF, VR_US, VR_US, "3", "ShutterPresentationColorCIELabValue", "Shutter Presentation Color CIE Lab Value"},
    {0x00181630, 0xFFFFFFFF, VR_CS, VR_CS, "1", "OutlineShapeType", "Outline Shape Type"},
    {0x00181631, 0xFFFFFFFF, VR_FD, VR_FD, "1", "OutlineLeftVerticalEdge", "Outline Left Vertical Edge"},
    {0x00181632, 0xFFFFFFFF, VR_FD, VR_FD, "1", "OutlineRightVerticalEdge", "Outline Right Vertical Edge"},
    {0x00181633, 0xFFFFFFFF, VR_FD, VR_FD, "1", "OutlineUpperHorizontalEdge", "Outline Upper Horizontal Edge"},
    {0x00181634, 0xFFFFFFFF, VR_FD, VR_FD, "1", "OutlineLowerHorizontalEdge", "Outline Lower Horizontal Edge"},
    {0x00181635, 0xFFFFFFFF, VR_FD, VR_FD, "2", "CenterOfCircularOutline", "Center Of Circular Outline"},
    {0x00181636, 0xFFFFFFFF, VR_FD, VR_FD, "1", "DiameterOfCircularOutline", "Diameter Of Circular Outline"},
    {0x00181637, 0xFFFFFFFF, VR_UL, VR_UL, "1", "NumberOfPolygonalVertices", "Number Of Polygonal Vertices"},
    {0x00181638, 0xFFFFFFFF, VR_OF, VR_OF, "1", "VerticesOfThePolygonalOutline", "Vertices Of The Polygonal Outline"},
    {0x00181700, 0xFFFFFFFF, VR_CS, VR_CS, "1-3", "CollimatorShape", "Collimator Shape"},
    {0x00181702, 0xFFFFFFFF, VR_IS, VR_IS, "1", "CollimatorLeftVerticalEdge", "Collimator Left Vertical Edge"},
    {0x00181704, 0xFFFFFFFF, VR_IS, VR_IS, "1", "CollimatorRightVerticalEdge", "Collimator Right Vertical Edge"},
    {0x00181706, 0xFFFFFFFF, VR_IS, VR_IS, "1", "CollimatorUpperHorizontalEdge", "Collimator Upper Horizontal Edge"},
    {0x00181708, 0xFFFFFFFF, VR_IS, VR_IS, "1", "CollimatorLowerHorizontalEdge", "Collimator Lower Horizontal Edge"},
    {0x00181710, 0xFFFFFFFF, VR_IS, VR_IS, "2", "CenterOfCircularCollimator", "Center Of Circular Collimator"},
    {0x00181712, 0xFFFFFFFF, VR_IS, VR_IS, "1", "RadiusOfCircularCollimator", "Radius Of Circular Collimator"},
    {0x00181720, 0xFFFFFFFF, VR_IS, VR_IS, "2-2n", "VerticesOfThePolygonalCollimator", "Vertices Of The Polygonal Collimator"},
    {0x00181800, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AcquisitionTimeSynchronized", "Acquisition Time Synchronized"},
    {0x00181801, 0xFFFFFFFF, VR_SH, VR_SH, "1", "TimeSource", "Time Source"},
    {0x00181802, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TimeDistributionProtocol", "Time Distribution Protocol"},
    {0x00181803, 0xFFFFFFFF, VR_LO, VR_LO, "1", "NTPSourceAddress", "NTP Source Address"},
    {0x00182001, 0xFFFFFFFF, VR_IS, VR_IS, "1-n", "PageNumberVector", "Page Number Vector"},
    {0x00182002, 0xFFFFFFFF, VR_SH, VR_SH, "1-n", "FrameLabelVector", "Frame Label Vector"},
    {0x00182003, 0xFFFFFFFF, VR_DS, VR_DS, "1-n", "FramePrimaryAngleVector", "Frame Primary Angle Vector"},
    {0x00182004, 0xFFFFFFFF, VR_DS, VR_DS, "1-n", "FrameSecondaryAngleVector", "Frame Secondary Angle Vector"},
    {0x00182005, 0xFFFFFFFF, VR_DS, VR_DS, "1-n", "SliceLocationVector", "Slice Location Vector"},
    {0x00182006, 0xFFFFFFFF, VR_SH, VR_SH, "1-n", "DisplayWindowLabelVector", "Display Window Label Vector"},
    {0x00182010, 0xFFFFFFFF, VR_DS, VR_DS, "2", "NominalScannedPixelSpacing", "Nominal Scanned Pixel Spacing"},
    {0x00182020, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DigitizingDeviceTransportDirection", "Digitizing Device Transport Direction"},
    {0x00182030, 0xFFFFFFFF, VR_DS, VR_DS, "1", "RotationOfScannedFilm", "Rotation Of Scanned Film"},
    {0x00182041, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BiopsyTargetSequence", "Biopsy Target Sequence"},
    {0x00182042, 0xFFFFFFFF, VR_UI, VR_UI, "1", "TargetUID", "Target UID"},
    {0x00182043, 0xFFFFFFFF, VR_FL, VR_FL, "2", "LocalizingCursorPosition", "Localizing Cursor Position"},
    {0x00182044, 0xFFFFFFFF, VR_FL, VR_FL, "3", "CalculatedTargetPosition", "Calculated Target Position"},
    {0x00182045, 0xFFFFFFFF, VR_SH, VR_SH, "1", "TargetLabel", "Target Label"},
    {0x00182046, 0xFFFFFFFF, VR_FL, VR_FL, "1", "DisplayedZValue", "Displayed Z Value"},
    {0x00183100, 0xFFFFFFFF, VR_CS, VR_CS, "1", "IVUSAcquisition", "IVUS Acquisition"},
    {0x00183101, 0xFFFFFFFF, VR_DS, VR_DS, "1", "IVUSPullbackRate", "IVUS Pullback Rate"},
    {0x00183102, 0xFFFFFFFF, VR_DS, VR_DS, "1", "IVUSGatedRate", "IVUS Gated Rate"},
    {0x00183103, 0xFFFFFFFF, VR_IS, VR_IS, "1", "IVUSPullbackStartFrameNumber", "IVUS Pullback Start Frame Number"},
    {0x00183104, 0xFFFFFFFF, VR_IS, VR_IS, "1", "IVUSPullbackStopFrameNumber", "IVUS Pullback Stop Frame Number"},
    {0x00183105, 0xFFFFFFFF, VR_IS, VR_IS, "1-n", "LesionNumber", "Lesion Number"},
    {0x00184000, 0xFFFFFFFF, VR_LT, VR_LT, "1", "AcquisitionComments", "Acquisition Comments (Retired)"},
    {0x00185000, 0xFFFFFFFF, VR_SH, VR_SH, "1-n", "OutputPower", "Output Power"},
    {0x00185010, 0xFFFFFFFF, VR_LO, VR_LO, "1-n", "TransducerData", "Transducer Data"},
    {0x00185011, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TransducerIdentificationSequence", "Transducer Identification Sequence"},
    {0x00185012, 0xFFFFFFFF, VR_DS, VR_DS, "1", "FocusDepth", "Focus Depth"},
    {0x00185020, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ProcessingFunction", "Processing Function"},
    {0x00185021, 0xFFFFFFFF, VR_LO, VR_LO, "1", "PostprocessingFunction", "Postprocessing Function (Retired)"},
    {0x00185022, 0xFFFFFFFF, VR_DS, VR_DS, "1", "MechanicalIndex", "Mechanical Index"},
    {0x00185024, 0xFFFFFFFF, VR_DS, VR_DS, "1", "BoneThermalIndex", "Bone Thermal Index"},
    {0x00185026, 0xFFFFFFFF, VR_DS, VR_DS, "1", "CranialThermalIndex", "Cranial Thermal Index"},
    {0x00185027, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SoftTissueThermalIndex", "Soft Tissue Thermal Index"},
    {0x00185028, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SoftTissueFocusThermalIndex", "Soft Tissue Focus Thermal Index"},
    {0x00185029, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SoftTissueSurfaceThermalIndex", "Soft Tissue Surface Thermal Index"},
    {0x00185030, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DynamicRange", "Dynamic Range (Retired)"},
    {0x00185040, 0xFFFFFFFF, VR_DS, VR_DS, "1", "TotalGain", "Total Gain (Retired)"},
    {0x00185050, 0xFFFFFFFF, VR_IS, VR_IS, "1", "DepthOfScanField", "Depth Of Scan Field"},
    {0x00185100, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PatientPosition", "Patient Position"},
    {0x00185101, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ViewPosition", "View Position"},
    {0x00185104, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ProjectionEponymousNameCodeSequence", "Projection Eponymous Name Code Sequence"},
    {0x00185210, 0xFFFFFFFF, VR_DS, VR_DS, "6", "ImageTransformationMatrix", "Image Transformation Matrix (Retired)"},
    {0x00185212, 0xFFFFFFFF, VR_DS, VR_DS, "3", "ImageTranslationVector", "Image Translation Vector (Retired)"},
    {0x00186000, 0xFFFFFFFF, VR_DS, VR_DS, "1", "Sensitivity", "Sensitivity"},
    {0x00186011, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SequenceOfUltrasoundRegions", "Sequence Of Ultrasound Regions"},
    {0x00186012, 0xFFFFFFFF, VR_US, VR_US, "1", "RegionSpatialFormat", "Region Spatial Format"},
    {0x00186014, 0xFFFFFFFF, VR_US, VR_US, "1", "RegionDataType", "Region Data Type"},
    {0x00186016, 0xFFFFFFFF, VR_UL, VR_UL, "1", "RegionFlags", "Region Flags"},
    {0x00186018, 0xFFFFFFFF, VR_UL, VR_UL, "1", "RegionLocationMinX0", "Region Location Min X0"},
    {0x0018601A, 0xFFFFFFFF, VR_UL, VR_UL, "1", "RegionLocationMinY0", "Region Location Min Y0"},
    {0x0018601C, 0xFFFFFFFF, VR_UL, VR_UL, "1", "RegionLocationMaxX1", "Region Location Max X1"},
    {0x0018601E, 0xFFFFFFFF, VR_UL, VR_UL, "1", "RegionLocationMaxY1", "Region Location Max Y1"},
    {0x00186020, 0xFFFFFFFF, VR_SL, VR_SL, "1", "ReferencePixelX0", "Reference Pixel X0"},
    {0x00186022, 0xFFFFFFFF, VR_SL, VR_SL, "1", "ReferencePixelY0", "Reference Pixel Y0"},
    {0x00186024, 0xFFFFFFFF, VR_US, VR_US, "1", "PhysicalUnitsXDirection", "Physical Units X Direction"},
    {0x00186026, 0xFFFFFFFF, VR_US, VR_US, "1", "PhysicalUnitsYDirection", "Physical Units Y Direction"},
    {0x00186028, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ReferencePixelPhysicalValueX", "Reference Pixel Physical Value X"},
    {0x0018602A, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ReferencePixelPhysicalValueY", "Reference Pixel Physical Value Y"},
    {0x0018602C, 0xFFFFFFFF, VR_FD, VR_FD, "1", "PhysicalDeltaX", "Physical Delta X"},
    {0x0018602E, 0xFFFFFFFF, VR_FD, VR_FD, "1", "PhysicalDeltaY", "Physical Delta Y"},
    {0x00186030, 0xFFFFFFFF, VR_UL, VR_UL, "1", "TransducerFrequency", "Transducer Frequency"},
    {0x00186031, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TransducerType", "Transducer Type"},
    {0x00186032, 0xFFFFFFFF, VR_UL, VR_UL, "1", "PulseRepetitionFrequency", "Pulse Repetition Frequency"},
    {0x00186034, 0xFFFFFFFF, VR_FD, VR_FD, "1", "DopplerCorrectionAngle", "Doppler Correction Angle"},
    {0x00186036, 0xFFFFFFFF, VR_FD, VR_FD, "1", "SteeringAngle", "Steering Angle"},
    {0x00186038, 0xFFFFFFFF, VR_UL, VR_UL, "1", "DopplerSampleVolumeXPositionRetired", "Doppler Sample Volume X Position Retired (Retired)"},
    {0x00186039, 0xFFFFFFFF, VR_SL, VR_SL, "1", "DopplerSampleVolumeXPosition", "Doppler Sample Volume X Position"},
    {0x0018603A, 0xFFFFFFFF, VR_UL, VR_UL, "1", "DopplerSampleVolumeYPositionRetired", "Doppler Sample Volume Y Position Retired (Retired)"},
    {0x0018603B, 0xFFFFFFFF, VR_SL, VR_SL, "1", "DopplerSampleVolumeYPosition", "Doppler Sample Volume Y Position"},
    {0x0018603C, 0xFFFFFFFF, VR_UL, VR_UL, "1", "TMLinePositionX0Retired", "TM Line Position X0 Retired (Retired)"},
    {0x0018603D, 0xFFFFFFFF, VR_SL, VR_SL, "1", "TMLinePositionX0", "TM Line Position X0"},
    {0x0018603E, 0xFFFFFFFF, VR_UL, VR_UL, "1", "TMLinePositionY0Retired", "TM Line Position Y0 Retired (Retired)"},
    {0x0018603F, 0xFFFFFFFF, VR_SL, VR_SL, "1", "TMLinePositionY0", "TM Line Position Y0"},
    {0x00186040, 0xFFFFFFFF, VR_UL, VR_UL, "1", "TMLinePositionX1Retired", "TM Line Position X1 Retired (Retired)"},
    {0x00186041, 0xFFFFFFFF, VR_SL, VR_SL, "1", "TMLinePositionX1", "TM Line Position X1"},
    {0x00186042, 0xFFFFFFFF, VR_UL, VR_UL, "1", "TMLinePositionY1Retired", "TM Line Position Y1 Retired (Retired)"},
    {0x00186043, 0xFFFFFFFF, VR_SL, VR_SL, "1", "TMLinePositionY1", "TM Line Position Y1"},
    {0x00186044, 0xFFFFFFFF, VR_US, VR_US, "1", "PixelComponentOrganization", "Pixel Component Organization"},
    {0x00186046, 0xFFFFFFFF, VR_UL, VR_UL, "1", "PixelComponentMask", "Pixel Component Mask"},
    {0x00186048, 0xFFFFFFFF, VR_UL, VR_UL, "1", "PixelComponentRangeStart", "Pixel Component Range Start"},
    {0x0018604A, 0xFFFFFFFF, VR_UL, VR_UL, "1", "PixelComponentRangeStop", "Pixel Component Range Stop"},
    {0x0018604C, 0xFFFFFFFF, VR_US, VR_US, "1", "PixelComponentPhysicalUnits", "Pixel Component Physical Units"},
    {0x0018604E, 0xFFFFFFFF, VR_US, VR_US, "1", "PixelComponentDataType", "Pixel Component Data Type"},
    {0x00186050, 0xFFFFFFFF, VR_UL, VR_UL, "1", "NumberOfTableBreakPoints", "Number Of Table Break Points"},
    {0x00186052, 0xFFFFFFFF, VR_UL, VR_UL, "1-n", "TableOfXBreakPoints", "Table Of X Break Points"},
    {0x00186054, 0xFFFFFFFF, VR_FD, VR_FD, "1-n", "TableOfYBreakPoints", "Table Of Y Break Points"},
    {0x00186056, 0xFFFFFFFF, VR_UL, VR_UL, "1", "NumberOfTableEntries", "Number Of Table Entries"},
    {0x00186058, 0xFFFFFFFF, VR_UL, VR_UL, "1-n", "TableOfPixelValues", "Table Of Pixel Values"},
    {0x0018605A, 0xFFFFFFFF, VR_FL, VR_FL, "1-n", "TableOfParameterValues", "Table Of Parameter Values"},
    {0x00186060, 0xFFFFFFFF, VR_FL, VR_FL, "1-n", "RWaveTimeVector", "R Wave Time Vector"},
    {0x00186070, 0xFFFFFFFF, VR_US, VR_US, "1", "ActiveImageAreaOverlayGroup", "Active Image Area Overlay Group"},
    {0x00187000, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DetectorConditionsNominalFlag", "Detector Conditions Nominal Flag"},
    {0x00187001, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DetectorTemperature", "Detector Temperature"},
    {0x00187004, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DetectorType", "Detector Type"},
    {0x00187005, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DetectorConfiguration", "Detector Configuration"},
    {0x00187006, 0xFFFFFFFF, VR_LT, VR_LT, "1", "DetectorDescription", "Detector Description"},
    {0x00187008, 0xFFFFFFFF, VR_LT, VR_LT, "1", "DetectorMode", "Detector Mode"},
    {0x0018700A, 0xFFFFFFFF, VR_SH, VR_SH, "1", "DetectorID", "Detector ID"},
    {0x0018700C, 0xFFFFFFFF, VR_DA, VR_DA, "1", "DateOfLastDetectorCalibration", "Date Of Last Detector Calibration"},
    {0x0018700E, 0xFFFFFFFF, VR_TM, VR_TM, "1", "TimeOfLastDetectorCalibration", "Time Of Last Detector Calibration"},
    {0x00187010, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ExposuresOnDetectorSinceLastCalibration", "Exposures On Detector Since Last Calibration"},
    {0x00187011, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ExposuresOnDetectorSinceManufactured", "Exposures On Detector Since Manufactured"},
    {0x00187012, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DetectorTimeSinceLastExposure", "Detector Time Since Last Exposure"},
    {0x00187014, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DetectorActiveTime", "Detector Active Time"},
    {0x00187016, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DetectorActivationOffsetFromExposure", "Detector Activation Offset From Exposure"},
    {0x0018701A, 0xFFFFFFFF, VR_DS, VR_DS, "2", "DetectorBinning", "Detector Binning"},
    {0x00187020, 0xFFFFFFFF, VR_DS, VR_DS, "2", "DetectorElementPhysicalSize", "Detector Element Physical Size"},
    {0x00187022, 0xFFFFFFFF, VR_DS, VR_DS, "2", "DetectorElementSpacing", "Detector Element Spacing"},
    {0x00187024, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DetectorActiveShape", "Detector Active Shape"},
    {0x00187026, 0xFFFFFFFF, VR_DS, VR_DS, "1-2", "DetectorActiveDimensions", "Detector Active Dimensions"},
    {0x00187028, 0xFFFFFFFF, VR_DS, VR_DS, "2", "DetectorActiveOrigin", "Detector Active Origin"},
    {0x0018702A, 0xFFFFFFFF, VR_LO, VR_LO, "1", "DetectorManufacturerName", "Detector Manufacturer Name"},
    {0x0018702B, 0xFFFFFFFF, VR_LO, VR_LO, "1", "DetectorManufacturerModelName", "Detector Manufacturer Model Name"},
    {0x00187030, 0xFFFFFFFF, VR_DS, VR_DS, "2", "FieldOfViewOrigin", "Field Of View Origin"},
    {0x00187032, 0xFFFFFFFF, VR_DS, VR_DS, "1", "FieldOfViewRotation", "Field Of View Rotation"},
    {0x00187034, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FieldOfViewHorizontalFlip", "Field Of View Horizontal Flip"},
    {0x00187036, 0xFFFFFFFF, VR_FL, VR_FL, "2", "PixelDataAreaOriginRelativeToFOV", "Pixel Data Area Origin Relative To FOV"},
    {0x00187038, 0xFFFFFFFF, VR_FL, VR_FL, "1", "PixelDataAreaRotationAngleRelativeToFOV", "Pixel Data Area Rotation Angle Relative To FOV"},
    {0x00187040, 0xFFFFFFFF, VR_LT, VR_LT, "1", "GridAbsorbingMaterial", "Grid Absorbing Material"},
    {0x00187041, 0xFFFFFFFF, VR_LT, VR_LT, "1", "GridSpacingMaterial", "Grid Spacing Material"},
    {0x00187042, 0xFFFFFFFF, VR_DS, VR_DS, "1", "GridThickness", "Grid Thickness"},
    {0x00187044, 0xFFFFFFFF, VR_DS, VR_DS, "1", "GridPitch", "Grid Pitch"},
    {0x00187046, 0xFFFFFFFF, VR_IS, VR_IS, "2", "GridAspectRatio", "Grid Aspect Ratio"},
    {0x00187048, 0xFFFFFFFF, VR_DS, VR_DS, "1", "GridPeriod", "Grid Period"},
    {0x0018704C, 0xFFFFFFFF, VR_DS, VR_DS, "1", "GridFocalDistance", "Grid Focal Distance"},
    {0x00187050, 0xFFFFFFFF, VR_CS, VR_CS, "1-n", "FilterMaterial", "Filter Material"},
    {0x00187052, 0xFFFFFFFF, VR_DS, VR_DS, "1-n", "FilterThicknessMinimum", "Filter Thickness Minimum"},
    {0x00187054, 0xFFFFFFFF, VR_DS, VR_DS, "1-n", "FilterThicknessMaximum", "Filter Thickness Maximum"},
    {0x00187056, 0xFFFFFFFF, VR_FL, VR_FL, "1-n", "FilterBeamPathLengthMinimum", "Filter Beam Path Length Minimum"},
    {0x00187058, 0xFFFFFFFF, VR_FL, VR_FL, "1-n", "FilterBeamPathLengthMaximum", "Filter Beam Path Length Maximum"},
    {0x00187060, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ExposureControlMode", "Exposure Control Mode"},
    {0x00187062, 0xFFFFFFFF, VR_LT, VR_LT, "1", "ExposureControlModeDescription", "Exposure Control Mode Description"},
    {0x00187064, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ExposureStatus", "Exposure Status"},
    {0x00187065, 0xFFFFFFFF, VR_DS, VR_DS, "1", "PhototimerSetting", "Phototimer Setting"},
    {0x00188150, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ExposureTimeInuS", "Exposure Time Inu S"},
    {0x00188151, 0xFFFFFFFF, VR_DS, VR_DS, "1", "XRayTubeCurrentInuA", "X Ray Tube Current Inu A"},
    {0x00189004, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ContentQualification", "Content Qualification"},
    {0x00189005, 0xFFFFFFFF, VR_SH, VR_SH, "1", "PulseSequenceName", "Pulse Sequence Name"},
    {0x00189006, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MRImagingModifierSequence", "MR Imaging Modifier Sequence"},
    {0x00189008, 0xFFFFFFFF, VR_CS, VR_CS, "1", "EchoPulseSequence", "Echo Pulse Sequence"},
    {0x00189009, 0xFFFFFFFF, VR_CS, VR_CS, "1", "InversionRecovery", "Inversion Recovery"},
    {0x00189010, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FlowCompensation", "Flow Compensation"},
    {0x00189011, 0xFFFFFFFF, VR_CS, VR_CS, "1", "MultipleSpinEcho", "Multiple Spin Echo"},
    {0x00189012, 0xFFFFFFFF, VR_CS, VR_CS, "1", "MultiPlanarExcitation", "Multi Planar Excitation"},
    {0x00189014, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PhaseContrast", "Phase Contrast"},
    {0x00189015, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TimeOfFlightContrast", "Time Of Flight Contrast"},
    {0x00189016, 0xFFFFFFFF, VR_CS, VR_CS, "1", "Spoiling", "Spoiling"},
    {0x00189017, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SteadyStatePulseSequence", "Steady State Pulse Sequence"},
    {0x00189018, 0xFFFFFFFF, VR_CS, VR_CS, "1", "EchoPlanarPulseSequence", "Echo Planar Pulse Sequence"},
    {0x00189019, 0xFFFFFFFF, VR_FD, VR_FD, "1", "TagAngleFirstAxis", "Tag Angle First Axis"},
    {0x00189020, 0xFFFFFFFF, VR_CS, VR_CS, "1", "MagnetizationTransfer", "Magnetization Transfer"},
    {0x00189021, 0xFFFFFFFF, VR_CS, VR_CS, "1", "T2Preparation", "T2 Preparation"},
    {0x00189022, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BloodSignalNulling", "Blood Signal Nulling"},
    {0x00189024, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SaturationRecovery", "Saturation Recovery"},
    {0x00189025, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SpectrallySelectedSuppression", "Spectrally Selected Suppression"},
    {0x00189026, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SpectrallySelectedExcitation", "Spectrally Selected Excitation"},
    {0x00189027, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SpatialPresaturation", "Spatial Presaturation"},
    {0x00189028, 0xFFFFFFFF, VR_CS, VR_CS, "1", "Tagging", "Tagging"},
    {0x00189029, 0xFFFFFFFF, VR_CS, VR_CS, "1", "OversamplingPhase", "Oversampling Phase"},
    {0x00189030, 0xFFFFFFFF, VR_FD, VR_FD, "1", "TagSpacingFirstDimension", "Tag Spacing First Dimension"},
    {0x00189032, 0xFFFFFFFF, VR_CS, VR_CS, "1", "GeometryOfKSpaceTraversal", "Geometry Of K Space Traversal"},
    {0x00189033, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SegmentedKSpaceTraversal", "Segmented K Space Traversal"},
    {0x00189034, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RectilinearPhaseEncodeReordering", "Rectilinear Phase Encode Reordering"},
    {0x00189035, 0xFFFFFFFF, VR_FD, VR_FD, "1", "TagThickness", "Tag Thickness"},
    {0x00189036, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PartialFourierDirection", "Partial Fourier Direction"},
    {0x00189037, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CardiacSynchronizationTechnique", "Cardiac Synchronization Technique"},
    {0x00189041, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ReceiveCoilManufacturerName", "Receive Coil Manufacturer Name"},
    {0x00189042, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MRReceiveCoilSequence", "MR Receive Coil Sequence"},
    {0x00189043, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ReceiveCoilType", "Receive Coil Type"},
    {0x00189044, 0xFFFFFFFF, VR_CS, VR_CS, "1", "QuadratureReceiveCoil", "Quadrature Receive Coil"},
    {0x00189045, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MultiCoilDefinitionSequence", "Multi Coil Definition Sequence"},
    {0x00189046, 0xFFFFFFFF, VR_LO, VR_LO, "1", "MultiCoilConfiguration", "Multi Coil Configuration"},
    {0x00189047, 0xFFFFFFFF, VR_SH, VR_SH, "1", "MultiCoilElementName", "Multi Coil Element Name"},
    {0x00189048, 0xFFFFFFFF, VR_CS, VR_CS, "1", "MultiCoilElementUsed", "Multi Coil Element Used"},
    {0x00189049, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MRTransmitCoilSequence", "MR Transmit Coil Sequence"},
    {0x00189050, 0xFFFFFFFF, VR_LO, VR_LO, "1", "TransmitCoilManufacturerName", "Transmit Coil Manufacturer Name"},
    {0x00189051, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TransmitCoilType", "Transmit Coil Type"},
    {0x00189052, 0xFFFFFFFF, VR_FD, VR_FD, "1-2", "SpectralWidth", "Spectral Width"},
    {0x00189053, 0xFFFFFFFF, VR_FD, VR_FD, "1-2", "ChemicalShiftReference", "Chemical Shift Reference"},
    {0x00189054, 0xFFFFFFFF, VR_CS, VR_CS, "1", "VolumeLocalizationTechnique", "Volume Localization Technique"},
    {0x00189058, 0xFFFFFFFF, VR_US, VR_US, "1", "MRAcquisitionFrequencyEncodingSteps", "MR Acquisition Frequency Encoding Steps"},
    {0x00189059, 0xFFFFFFFF, VR_CS, VR_CS, "1", "Decoupling", "Decoupling"},
    {0x00189060, 0xFFFFFFFF, VR_CS, VR_CS, "1-2", "DecoupledNucleus", "Decoupled Nucleus"},
    {0x00189061, 0xFFFFFFFF, VR_FD, VR_FD, "1-2", "DecouplingFrequency", "Decoupling Frequency"},
    {0x00189062, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DecouplingMethod", "Decoupling Method"},
    {0x00189063, 0xFFFFFFFF, VR_FD, VR_FD, "1-2", "DecouplingChemicalShiftReference", "Decoupling Chemical Shift Reference"},
    {0x00189064, 0xFFFFFFFF, VR_CS, VR_CS, "1", "KSpaceFiltering", "K Space Filtering"},
    {0x00189065, 0xFFFFFFFF, VR_CS, VR_CS, "1-2", "TimeDomainFiltering", "Time Domain Filtering"},
    {0x00189066, 0xFFFFFFFF, VR_US, VR_US, "1-2", "NumberOfZeroFills", "Number Of Zero Fills"},
    {0x00189067, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BaselineCorrection", "Baseline Correction"},
    {0x00189069, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ParallelReductionFactorInPlane", "Parallel Reduction Factor In Plane"},
    {0x00189070, 0xFFFFFFFF, VR_FD, VR_FD, "1", "CardiacRRIntervalSpecified", "Cardiac RR Interval Specified"},
    {0x00189073, 0xFFFFFFFF, VR_FD, VR_FD, "1", "AcquisitionDuration", "Acquisition Duration"},
    {0x00189074, 0xFFFFFFFF, VR_DT, VR_DT, "1", "FrameAcquisitionDateTime", "Frame Acquisition Date Time"},
    {0x00189075, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DiffusionDirectionality", "Diffusion Directionality"},
    {0x00189076, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DiffusionGradientDirectionSequence", "Diffusion Gradient Direction Sequence"},
    {0x00189077, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ParallelAcquisition", "Parallel Acquisition"},
    {0x00189078, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ParallelAcquisitionTechnique", "Parallel Acquisition Technique"},
    {0x00189079, 0xFFFFFFFF, VR_FD, VR_FD, "1-n", "InversionTimes", "Inversion Times"},
    {0x00189080, 0xFFFFFFFF, VR_ST, VR_ST, "1", "MetaboliteMapDescription", "Metabolite Map Description"},
    {0x00189081, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PartialFourier", "Partial Fourier"},
    {0x00189082, 0xFFFFFFFF, VR_FD, VR_FD, "1", "EffectiveEchoTime", "Effective Echo Time"},
    {0x00189083, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MetaboliteMapCodeSequence", "Metabolite Map Code Sequence"},
    {0x00189084, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ChemicalShiftSequence", "Chemical Shift Sequence"},
    {0x00189085, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CardiacSignalSource", "Cardiac Signal Source"},
    {0x00189087, 0xFFFFFFFF, VR_FD, VR_FD, "1", "DiffusionBValue", "Diffusion B Value"},
    {0x00189089, 0xFFFFFFFF, VR_FD, VR_FD, "3", "DiffusionGradientOrientation", "Diffusion Gradient Orientation"},
    {0x00189090, 0xFFFFFFFF, VR_FD, VR_FD, "3", "VelocityEncodingDirection", "Velocity Encoding Direction"},
    {0x00189091, 0xFFFFFFFF, VR_FD, VR_FD, "1", "VelocityEncodingMinimumValue", "Velocity Encoding Minimum Value"},
    {0x00189092, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "VelocityEncodingAcquisitionSequence", "Velocity Encoding Acquisition Sequence"},
    {0x00189093, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfKSpaceTrajectories", "Number Of K Space Trajectories"},
    {0x00189094, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CoverageOfKSpace", "Coverage Of K Space"},
    {0x00189095, 0xFFFFFFFF, VR_UL, VR_UL, "1", "SpectroscopyAcquisitionPhaseRows", "Spectroscopy Acquisition Phase Rows"},
    {0x00189096, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ParallelReductionFactorInPlaneRetired", "Parallel Reduction Factor In Plane Retired (Retired)"},
    {0x00189098, 0xFFFFFFFF, VR_FD, VR_FD, "1-2", "TransmitterFrequency", "Transmitter Frequency"},
    {0x00189100, 0xFFFFFFFF, VR_CS, VR_CS, "1-2", "ResonantNucleus", "Resonant Nucleus"},
    {0x00189101, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FrequencyCorrection", "Frequency Correction"},
    {0x00189103, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MRSpectroscopyFOVGeometrySequence", "MR Spectroscopy FOV Geometry Sequence"},
    {0x00189104, 0xFFFFFFFF, VR_FD, VR_FD, "1", "SlabThickness", "Slab Thickness"},
    {0x00189105, 0xFFFFFFFF, VR_FD, VR_FD, "3", "SlabOrientation", "Slab Orientation"},
    {0x00189106, 0xFFFFFFFF, VR_FD, VR_FD, "3", "MidSlabPosition", "Mid Slab Position"},
    {0x00189107, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MRSpatialSaturationSequence", "MR Spatial Saturation Sequence"},
    {0x00189112, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MRTimingAndRelatedParametersSequence", "MR Timing And Related Parameters Sequence"},
    {0x00189114, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MREchoSequence", "MR Echo Sequence"},
    {0x00189115, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MRModifierSequence", "MR Modifier Sequence"},
    {0x00189117, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MRDiffusionSequence", "MR Diffusion Sequence"},
    {0x00189118, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CardiacSynchronizationSequence", "Cardiac Synchronization Sequence"},
    {0x00189119, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MRAveragesSequence", "MR Averages Sequence"},
    {0x00189125, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MRFOVGeometrySequence", "MRFOV Geometry Sequence"},
    {0x00189126, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "VolumeLocalizationSequence", "Volume Localization Sequence"},
    {0x00189127, 0xFFFFFFFF, VR_UL, VR_UL, "1", "SpectroscopyAcquisitionDataColumns", "Spectroscopy Acquisition Data Columns"},
    {0x00189147, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DiffusionAnisotropyType", "Diffusion Anisotropy Type"},
    {0x00189151, 0xFFFFFFFF, VR_DT, VR_DT, "1", "FrameReferenceDateTime", "Frame Reference Date Time"},
    {0x00189152, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MRMetaboliteMapSequence", "MR Metabolite Map Sequence"},
    {0x00189155, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ParallelReductionFactorOutOfPlane", "Parallel Reduction Factor Out Of Plane"},
    {0x00189159, 0xFFFFFFFF, VR_UL, VR_UL, "1", "SpectroscopyAcquisitionOutOfPlanePhaseSteps", "Spectroscopy Acquisition Out Of Plane Phase Steps"},
    {0x00189166, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BulkMotionStatus", "Bulk Motion Status (Retired)"},
    {0x00189168, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ParallelReductionFactorSecondInPlane", "Parallel Reduction Factor Second In Plane"},
    {0x00189169, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CardiacBeatRejectionTechnique", "Cardiac Beat Rejection Technique"},
    {0x00189170, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RespiratoryMotionCompensationTechnique", "Respiratory Motion Compensation Technique"},
    {0x00189171, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RespiratorySignalSource", "Respiratory Signal Source"},
    {0x00189172, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BulkMotionCompensationTechnique", "Bulk Motion Compensation Technique"},
    {0x00189173, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BulkMotionSignalSource", "Bulk Motion Signal Source"},
    {0x00189174, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ApplicableSafetyStandardAgency", "Applicable Safety Standard Agency"},
    {0x00189175, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ApplicableSafetyStandardDescription", "Applicable Safety Standard Description"},
    {0x00189176, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OperatingModeSequence", "Operating Mode Sequence"},
    {0x00189177, 0xFFFFFFFF, VR_CS, VR_CS, "1", "OperatingModeType", "Operating Mode Type"},
    {0x00189178, 0xFFFFFFFF, VR_CS, VR_CS, "1", "OperatingMode", "Operating Mode"},
    {0x00189179, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SpecificAbsorptionRateDefinition", "Specific Absorption Rate Definition"},
    {0x00189180, 0xFFFFFFFF, VR_CS, VR_CS, "1", "GradientOutputType", "Gradient Output Type"},
    {0x00189181, 0xFFFFFFFF, VR_FD, VR_FD, "1", "SpecificAbsorptionRateValue", "Specific Absorption Rate Value"},
    {0x00189182, 0xFFFFFFFF, VR_FD, VR_FD, "1", "GradientOutput", "Gradient Output"},
    {0x00189183, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FlowCompensationDirection", "Flow Compensation Direction"},
    {0x00189184, 0xFFFFFFFF, VR_FD, VR_FD, "1", "TaggingDelay", "Tagging Delay"},
    {0x00189185, 0xFFFFFFFF, VR_ST, VR_ST, "1", "RespiratoryMotionCompensationTechniqueDescription", "Respiratory Motion Compensation Technique Description"},
    {0x00189186, 0xFFFFFFFF, VR_SH, VR_SH, "1", "RespiratorySignalSourceID", "Respiratory Signal Source ID"},
    {0x00189195, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ChemicalShiftMinimumIntegrationLimitInHz", "Chemical Shift Minimum Integration Limit In Hz (Retired)"},
    {0x00189196, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ChemicalShiftMaximumIntegrationLimitInHz", "Chemical Shift Maximum Integration Limit In Hz (Retired)"},
    {0x00189197, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MRVelocityEncodingSequence", "MR Velocity Encoding Sequence"},
    {0x00189198, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FirstOrderPhaseCorrection", "First Order Phase Correction"},
    {0x00189199, 0xFFFFFFFF, VR_CS, VR_CS, "1", "WaterReferencedPhaseCorrection", "Water Referenced Phase Correction"},
    {0x00189200, 0xFFFFFFFF, VR_CS, VR_CS, "1", "MRSpectroscopyAcquisitionType", "MR Spectroscopy Acquisition Type"},
    {0x00189214, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RespiratoryCyclePosition", "Respiratory Cycle Position"},
    {0x00189217, 0xFFFFFFFF, VR_FD, VR_FD, "1", "VelocityEncodingMaximumValue", "Velocity Encoding Maximum Value"},
    {0x00189218, 0xFFFFFFFF, VR_FD, VR_FD, "1", "TagSpacingSecondDimension", "Tag Spacing Second Dimension"},
    {0x00189219, 0xFFFFFFFF, VR_SS, VR_SS, "1", "TagAngleSecondAxis", "Tag Angle Second Axis"},
    {0x00189220, 0xFFFFFFFF, VR_FD, VR_FD, "1", "FrameAcquisitionDuration", "Frame Acquisition Duration"},
    {0x00189226, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MRImageFrameTypeSequence", "MR Image Frame Type Sequence"},
    {0x00189227, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MRSpectroscopyFrameTypeSequence", "MR Spectroscopy Frame Type Sequence"},
    {0x00189231, 0xFFFFFFFF, VR_US, VR_US, "1", "MRAcquisitionPhaseEncodingStepsInPlane", "MR Acquisition Phase Encoding Steps In Plane"},
    {0x00189232, 0xFFFFFFFF, VR_US, VR_US, "1", "MRAcquisitionPhaseEncodingStepsOutOfPlane", "MR Acquisition Phase Encoding Steps Out Of Plane"},
    {0x00189234, 0xFFFFFFFF, VR_UL, VR_UL, "1", "SpectroscopyAcquisitionPhaseColumns", "Spectroscopy Acquisition Phase Columns"},
    {0x00189236, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CardiacCyclePosition", "Cardiac Cycle Position"},
    {0x00189239, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SpecificAbsorptionRateSequence", "Specific Absorption Rate Sequence"},
    {0x00189240, 0xFFFFFFFF, VR_US, VR_US, "1", "RFEchoTrainLength", "RF Echo Train Length"},
    {0x00189241, 0xFFFFFFFF, VR_US, VR_US, "1", "GradientEchoTrainLength", "Gradient Echo Train Length"},
    {0x00189250, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ArterialSpinLabelingContrast", "Arterial Spin Labeling Contrast"},
    {0x00189251, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MRArterialSpinLabelingSequence", "MR Arterial Spin Labeling Sequence"},
    {0x00189252, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ASLTechniqueDescription", "ASL Technique Description"},
    {0x00189253, 0xFFFFFFFF, VR_US, VR_US, "1", "ASLSlabNumber", "ASL Slab Number"},
    {0x00189254, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ASLSlabThickness", "ASL Slab Thickness"},
    {0x00189255, 0xFFFFFFFF, VR_FD, VR_FD, "3", "ASLSlabOrientation", "ASL Slab Orientation"},
    {0x00189256, 0xFFFFFFFF, VR_FD, VR_FD, "3", "ASLMidSlabPosition", "ASL Mid Slab Position"},
    {0x00189257, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ASLContext", "ASL Context"},
    {0x00189258, 0xFFFFFFFF, VR_UL, VR_UL, "1", "ASLPulseTrainDuration", "ASL Pulse Train Duration"},
    {0x00189259, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ASLCrusherFlag", "ASL Crusher Flag"},
    {0x0018925A, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ASLCrusherFlowLimit", "ASL Crusher Flow Limit"},
    {0x0018925B, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ASLCrusherDescription", "ASL Crusher Description"},
    {0x0018925C, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ASLBolusCutoffFlag", "ASL Bolus Cutoff Flag"},
    {0x0018925D, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ASLBolusCutoffTimingSequence", "ASL Bolus Cutoff Timing Sequence"},
    {0x0018925E, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ASLBolusCutoffTechnique", "ASL Bolus Cutoff Technique"},
    {0x0018925F, 0xFFFFFFFF, VR_UL, VR_UL, "1", "ASLBolusCutoffDelayTime", "ASL Bolus Cutoff Delay Time"},
    {0x00189260, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ASLSlabSequence", "ASL Slab Sequence"},
    {0x00189295, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ChemicalShiftMinimumIntegrationLimitInppm", "Chemical Shift Minimum Integration Limit Inppm"},
    {0x00189296, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ChemicalShiftMaximumIntegrationLimitInppm", "Chemical Shift Maximum Integration Limit Inppm"},
    {0x00189297, 0xFFFFFFFF, VR_CS, VR_CS, "1", "WaterReferenceAcquisition", "Water Reference Acquisition"},
    {0x00189298, 0xFFFFFFFF, VR_IS, VR_IS, "1", "EchoPeakPosition", "Echo Peak Position"},
    {0x00189301, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CTAcquisitionTypeSequence", "CT Acquisition Type Sequence"},
    {0x00189302, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AcquisitionType", "Acquisition Type"},
    {0x00189303, 0xFFFFFFFF, VR_FD, VR_FD, "1", "TubeAngle", "Tube Angle"},
    {0x00189304, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CTAcquisitionDetailsSequence", "CT Acquisition Details Sequence"},
    {0x00189305, 0xFFFFFFFF, VR_FD, VR_FD, "1", "RevolutionTime", "Revolution Time"},
    {0x00189306, 0xFFFFFFFF, VR_FD, VR_FD, "1", "SingleCollimationWidth", "Single Collimation Width"},
    {0x00189307, 0xFFFFFFFF, VR_FD, VR_FD, "1", "TotalCollimationWidth", "Total Collimation Width"},
    {0x00189308, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CTTableDynamicsSequence", "CT Table Dynamics Sequence"},
    {0x00189309, 0xFFFFFFFF, VR_FD, VR_FD, "1", "TableSpeed", "Table Speed"},
    {0x00189310, 0xFFFFFFFF, VR_FD, VR_FD, "1", "TableFeedPerRotation", "Table Feed Per Rotation"},
    {0x00189311, 0xFFFFFFFF, VR_FD, VR_FD, "1", "SpiralPitchFactor", "Spiral Pitch Factor"},
    {0x00189312, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CTGeometrySequence", "CT Geometry Sequence"},
    {0x00189313, 0xFFFFFFFF, VR_FD, VR_FD, "3", "DataCollectionCenterPatient", "Data Collection Center Patient"},
    {0x00189314, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CTReconstructionSequence", "CT Reconstruction Sequence"},
    {0x00189315, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ReconstructionAlgorithm", "Reconstruction Algorithm"},
    {0x00189316, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ConvolutionKernelGroup", "Convolution Kernel Group"},
    {0x00189317, 0xFFFFFFFF, VR_FD, VR_FD, "2", "ReconstructionFieldOfView", "Reconstruction Field Of View"},
    {0x00189318, 0xFFFFFFFF, VR_FD, VR_FD, "3", "ReconstructionTargetCenterPatient", "Reconstruction Target Center Patient"},
    {0x00189319, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ReconstructionAngle", "Reconstruction Angle"},
    {0x00189320, 0xFFFFFFFF, VR_SH, VR_SH, "1", "ImageFilter", "Image Filter"},
    {0x00189321, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CTExposureSequence", "CT Exposure Sequence"},
    {0x00189322, 0xFFFFFFFF, VR_FD, VR_FD, "2", "ReconstructionPixelSpacing", "Reconstruction Pixel Spacing"},
    {0x00189323, 0xFFFFFFFF, VR_CS, VR_CS, "1-n", "ExposureModulationType", "Exposure Modulation Type"},
    {0x00189324, 0xFFFFFFFF, VR_FD, VR_FD, "1", "EstimatedDoseSaving", "Estimated Dose Saving (Retired)"},
    {0x00189325, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CTXRayDetailsSequence", "CTX Ray Details Sequence"},
    {0x00189326, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CTPositionSequence", "CT Position Sequence"},
    {0x00189327, 0xFFFFFFFF, VR_FD, VR_FD, "1", "TablePosition", "Table Position"},
    {0x00189328, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ExposureTimeInms", "Exposure Time Inms"},
    {0x00189329, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CTImageFrameTypeSequence", "CT Image Frame Type Sequence"},
    {0x00189330, 0xFFFFFFFF, VR_FD, VR_FD, "1", "XRayTubeCurrentInmA", "X Ray Tube Current Inm A"},
    {0x00189332, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ExposureInmAs", "Exposure Inm As"},
    {0x00189333, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ConstantVolumeFlag", "Constant Volume Flag"},
    {0x00189334, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FluoroscopyFlag", "Fluoroscopy Flag"},
    {0x00189335, 0xFFFFFFFF, VR_FD, VR_FD, "1", "DistanceSourceToDataCollectionCenter", "Distance Source To Data Collection Center"},
    {0x00189337, 0xFFFFFFFF, VR_US, VR_US, "1", "ContrastBolusAgentNumber", "Contrast Bolus Agent Number"},
    {0x00189338, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ContrastBolusIngredientCodeSequence", "Contrast Bolus Ingredient Code Sequence"},
    {0x00189340, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ContrastAdministrationProfileSequence", "Contrast Administration Profile Sequence"},
    {0x00189341, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ContrastBolusUsageSequence", "Contrast Bolus Usage Sequence"},
    {0x00189342, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ContrastBolusAgentAdministered", "Contrast Bolus Agent Administered"},
    {0x00189343, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ContrastBolusAgentDetected", "Contrast Bolus Agent Detected"},
    {0x00189344, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ContrastBolusAgentPhase", "Contrast Bolus Agent Phase"},
    {0x00189345, 0xFFFFFFFF, VR_FD, VR_FD, "1", "CTDIvol", "CTD Ivol"},
    {0x00189346, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CTDIPhantomTypeCodeSequence", "CTDI Phantom Type Code Sequence"},
    {0x00189351, 0xFFFFFFFF, VR_FL, VR_FL, "1", "CalciumScoringMassFactorPatient", "Calcium Scoring Mass Factor Patient"},
    {0x00189352, 0xFFFFFFFF, VR_FL, VR_FL, "3", "CalciumScoringMassFactorDevice", "Calcium Scoring Mass Factor Device"},
    {0x00189353, 0xFFFFFFFF, VR_FL, VR_FL, "1", "EnergyWeightingFactor", "Energy Weighting Factor"},
    {0x00189360, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CTAdditionalXRaySourceSequence", "CT Additional X Ray Source Sequence"},
    {0x00189361, 0xFFFFFFFF, VR_CS, VR_CS, "1", "MultienergyCTAcquisition", "Multienergy CT Acquisition"},
    {0x00189362, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MultienergyCTAcquisitionSequence", "Multienergy CT Acquisition Sequence"},
    {0x00189363, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MultienergyCTProcessingSequence", "Multienergy CT Processing Sequence"},
    {0x00189364, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MultienergyCTCharacteristicsSequence", "Multienergy CT Characteristics Sequence"},
    {0x00189365, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MultienergyCTXRaySourceSequence", "Multienergy CTX Ray Source Sequence"},
    {0x00189366, 0xFFFFFFFF, VR_US, VR_US, "1", "XRaySourceIndex", "X Ray Source Index"},
    {0x00189367, 0xFFFFFFFF, VR_UC, VR_UC, "1", "XRaySourceID", "X Ray Source ID"},
    {0x00189368, 0xFFFFFFFF, VR_CS, VR_CS, "1", "MultienergySourceTechnique", "Multienergy Source Technique"},
    {0x00189369, 0xFFFFFFFF, VR_DT, VR_DT, "1", "SourceStartDateTime", "Source Start Date Time"},
    {0x0018936A, 0xFFFFFFFF, VR_DT, VR_DT, "1", "SourceEndDateTime", "Source End Date Time"},
    {0x0018936B, 0xFFFFFFFF, VR_US, VR_US, "1", "SwitchingPhaseNumber", "Switching Phase Number"},
    {0x0018936C, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SwitchingPhaseNominalDuration", "Switching Phase Nominal Duration"},
    {0x0018936D, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SwitchingPhaseTransitionDuration", "Switching Phase Transition Duration"},
    {0x0018936E, 0xFFFFFFFF, VR_DS, VR_DS, "1", "EffectiveBinEnergy", "Effective Bin Energy"},
    {0x0018936F, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MultienergyCTXRayDetectorSequence", "Multienergy CTX Ray Detector Sequence"},
    {0x00189370, 0xFFFFFFFF, VR_US, VR_US, "1", "XRayDetectorIndex", "X Ray Detector Index"},
    {0x00189371, 0xFFFFFFFF, VR_UC, VR_UC, "1", "XRayDetectorID", "X Ray Detector ID"},
    {0x00189372, 0xFFFFFFFF, VR_CS, VR_CS, "1", "MultienergyDetectorType", "Multienergy Detector Type"},
    {0x00189373, 0xFFFFFFFF, VR_ST, VR_ST, "1", "XRayDetectorLabel", "X Ray Detector Label"},
    {0x00189374, 0xFFFFFFFF, VR_DS, VR_DS, "1", "NominalMaxEnergy", "Nominal Max Energy"},
    {0x00189375, 0xFFFFFFFF, VR_DS, VR_DS, "1", "NominalMinEnergy", "Nominal Min Energy"},
    {0x00189376, 0xFFFFFFFF, VR_US, VR_US, "1-n", "ReferencedXRayDetectorIndex", "Referenced X Ray Detector Index"},
    {0x00189377, 0xFFFFFFFF, VR_US, VR_US, "1-n", "ReferencedXRaySourceIndex", "Referenced X Ray Source Index"},
    {0x00189378, 0xFFFFFFFF, VR_US, VR_US, "1-n", "ReferencedPathIndex", "Referenced Path Index"},
    {0x00189379, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MultienergyCTPathSequence", "Multienergy CT Path Sequence"},
    {0x0018937A, 0xFFFFFFFF, VR_US, VR_US, "1", "MultienergyCTPathIndex", "Multienergy CT Path Index"},
    {0x0018937B, 0xFFFFFFFF, VR_UT, VR_UT, "1", "MultienergyAcquisitionDescription", "Multienergy Acquisition Description"},
    {0x0018937C, 0xFFFFFFFF, VR_FD, VR_FD, "1", "MonoenergeticEnergyEquivalent", "Monoenergetic Energy Equivalent"},
    {0x0018937D, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MaterialCodeSequence", "Material Code Sequence"},
    {0x0018937E, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DecompositionMethod", "Decomposition Method"},
    {0x0018937F, 0xFFFFFFFF, VR_UT, VR_UT, "1", "DecompositionDescription", "Decomposition Description"},
    {0x00189380, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DecompositionAlgorithmIdentificationSequence", "Decomposition Algorithm Identification Sequence"},
    {0x00189381, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DecompositionMaterialSequence", "Decomposition Material Sequence"},
    {0x00189382, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MaterialAttenuationSequence", "Material Attenuation Sequence"},
    {0x00189383, 0xFFFFFFFF, VR_DS, VR_DS, "1", "PhotonEnergy", "Photon Energy"},
    {0x00189384, 0xFFFFFFFF, VR_DS, VR_DS, "1", "XRayMassAttenuationCoefficient", "X Ray Mass Attenuation Coefficient"},
    {0x00189401, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ProjectionPixelCalibrationSequence", "Projection Pixel Calibration Sequence"},
    {0x00189402, 0xFFFFFFFF, VR_FL, VR_FL, "1", "DistanceSourceToIsocenter", "Distance Source To Isocenter"},
    {0x00189403, 0xFFFFFFFF, VR_FL, VR_FL, "1", "DistanceObjectToTableTop", "Distance Object To Table Top"},
    {0x00189404, 0xFFFFFFFF, VR_FL, VR_FL, "2", "ObjectPixelSpacingInCenterOfBeam", "Object Pixel Spacing In Center Of Beam"},
    {0x00189405, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PositionerPositionSequence", "Positioner Position Sequence"},
    {0x00189406, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TablePositionSequence", "Table Position Sequence"},
    {0x00189407, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CollimatorShapeSequence", "Collimator Shape Sequence"},
    {0x00189410, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PlanesInAcquisition", "Planes In Acquisition"},
    {0x00189412, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "XAXRFFrameCharacteristicsSequence", "XAXRF Frame Characteristics Sequence"},
    {0x00189417, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FrameAcquisitionSequence", "Frame Acquisition Sequence"},
    {0x00189420, 0xFFFFFFFF, VR_CS, VR_CS, "1", "XRayReceptorType", "X Ray Receptor Type"},
    {0x00189423, 0xFFFFFFFF, VR_LO, VR_LO, "1", "AcquisitionProtocolName", "Acquisition Protocol Name"},
    {0x00189424, 0xFFFFFFFF, VR_LT, VR_LT, "1", "AcquisitionProtocolDescription", "Acquisition Protocol Description"},
    {0x00189425, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ContrastBolusIngredientOpaque", "Contrast Bolus Ingredient Opaque"},
    {0x00189426, 0xFFFFFFFF, VR_FL, VR_FL, "1", "DistanceReceptorPlaneToDetectorHousing", "Distance Receptor Plane To Detector Housing"},
    {0x00189427, 0xFFFFFFFF, VR_CS, VR_CS, "1", "IntensifierActiveShape", "Intensifier Active Shape"},
    {0x00189428, 0xFFFFFFFF, VR_FL, VR_FL, "1-2", "IntensifierActiveDimensions", "Intensifier Active Dimensions"},
    {0x00189429, 0xFFFFFFFF, VR_FL, VR_FL, "2", "PhysicalDetectorSize", "Physical Detector Size"},
    {0x00189430, 0xFFFFFFFF, VR_FL, VR_FL, "2", "PositionOfIsocenterProjection", "Position Of Isocenter Projection"},
    {0x00189432, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FieldOfViewSequence", "Field Of View Sequence"},
    {0x00189433, 0xFFFFFFFF, VR_LO, VR_LO, "1", "FieldOfViewDescription", "Field Of View Description"},
    {0x00189434, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ExposureControlSensingRegionsSequence", "Exposure Control Sensing Regions Sequence"},
    {0x00189435, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ExposureControlSensingRegionShape", "Exposure Control Sensing Region Shape"},
    {0x00189436, 0xFFFFFFFF, VR_SS, VR_SS, "1", "ExposureControlSensingRegionLeftVerticalEdge", "Exposure Control Sensing Region Left Vertical Edge"},
    {0x00189437, 0xFFFFFFFF, VR_SS, VR_SS, "1", "ExposureControlSensingRegionRightVerticalEdge", "Exposure Control Sensing Region Right Vertical Edge"},
    {0x00189438, 0xFFFFFFFF, VR_SS, VR_SS, "1", "ExposureControlSensingRegionUpperHorizontalEdge", "Exposure Control Sensing Region Upper Horizontal Edge"},
    {0x00189439, 0xFFFFFFFF, VR_SS, VR_SS, "1", "ExposureControlSensingRegionLowerHorizontalEdge", "Exposure Control Sensing Region Lower Horizontal Edge"},
    {0x00189440, 0xFFFFFFFF, VR_SS, VR_SS, "2", "CenterOfCircularExposureControlSensingRegion", "Center Of Circular Exposure Control Sensing Region"},
    {0x00189441, 0xFFFFFFFF, VR_US, VR_US, "1", "RadiusOfCircularExposureControlSensingRegion", "Radius Of Circular Exposure Control Sensing Region"},
    {0x00189442, 0xFFFFFFFF, VR_SS, VR_SS, "2-n", "VerticesOfThePolygonalExposureControlSensingRegion", "Vertices Of The Polygonal Exposure Control Sensing Region"},
    {0x00189447, 0xFFFFFFFF, VR_FL, VR_FL, "1", "ColumnAngulationPatient", "Column Angulation Patient"},
    {0x00189449, 0xFFFFFFFF, VR_FL, VR_FL, "1", "BeamAngle", "Beam Angle"},
    {0x00189451, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FrameDetectorParametersSequence", "Frame Detector Parameters Sequence"},
    {0x00189452, 0xFFFFFFFF, VR_FL, VR_FL, "1", "CalculatedAnatomyThickness", "Calculated Anatomy Thickness"},
    {0x00189455, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CalibrationSequence", "Calibration Sequence"},
    {0x00189456, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ObjectThicknessSequence", "Object Thickness Sequence"},
    {0x00189457, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PlaneIdentification", "Plane Identification"},
    {0x00189461, 0xFFFFFFFF, VR_FL, VR_FL, "1-2", "FieldOfViewDimensionsInFloat", "Field Of View Dimensions In Float"},
    {0x00189462, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IsocenterReferenceSystemSequence", "Isocenter Reference System Sequence"},
    {0x00189463, 0xFFFFFFFF, VR_FL, VR_FL, "1", "PositionerIsocenterPrimaryAngle", "Positioner Isocenter Primary Angle"},
    {0x00189464, 0xFFFFFFFF, VR_FL, VR_FL, "1", "PositionerIsocenterSecondaryAngle", "Positioner Isocenter Secondary Angle"},
    {0x00189465, 0xFFFFFFFF, VR_FL, VR_FL, "1", "PositionerIsocenterDetectorRotationAngle", "Positioner Isocenter Detector Rotation Angle"},
    {0x00189466, 0xFFFFFFFF, VR_FL, VR_FL, "1", "TableXPositionToIsocenter", "Table X Position To Isocenter"},
    {0x00189467, 0xFFFFFFFF, VR_FL, VR_FL, "1", "TableYPositionToIsocenter", "Table Y Position To Isocenter"},
    {0x00189468, 0xFFFFFFFF, VR_FL, VR_FL, "1", "TableZPositionToIsocenter", "Table Z Position To Isocenter"},
    {0x00189469, 0xFFFFFFFF, VR_FL, VR_FL, "1", "TableHorizontalRotationAngle", "Table Horizontal Rotation Angle"},
    {0x00189470, 0xFFFFFFFF, VR_FL, VR_FL, "1", "TableHeadTiltAngle", "Table Head Tilt Angle"},
    {0x00189471, 0xFFFFFFFF, VR_FL, VR_FL, "1", "TableCradleTiltAngle", "Table Cradle Tilt Angle"},
    {0x00189472, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FrameDisplayShutterSequence", "Frame Display Shutter Sequence"},
    {0x00189473, 0xFFFFFFFF, VR_FL, VR_FL, "1", "AcquiredImageAreaDoseProduct", "Acquired Image Area Dose Product"},
    {0x00189474, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CArmPositionerTabletopRelationship", "C Arm Positioner Tabletop Relationship"},
    {0x00189476, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "XRayGeometrySequence", "X Ray Geometry Sequence"},
    {0x00189477, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IrradiationEventIdentificationSequence", "Irradiation Event Identification Sequence"},
    {0x00189504, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "XRay3DFrameTypeSequence", "X Ray3 D Frame Type Sequence"},
    {0x00189506, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ContributingSourcesSequence", "Contributing Sources Sequence"},
    {0x00189507, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "XRay3DAcquisitionSequence", "X Ray3 D Acquisition Sequence"},
    {0x00189508, 0xFFFFFFFF, VR_FL, VR_FL, "1", "PrimaryPositionerScanArc", "Primary Positioner Scan Arc"},
    {0x00189509, 0xFFFFFFFF, VR_FL, VR_FL, "1", "SecondaryPositionerScanArc", "Secondary Positioner Scan Arc"},
    {0x00189510, 0xFFFFFFFF, VR_FL, VR_FL, "1", "PrimaryPositionerScanStartAngle", "Primary Positioner Scan Start Angle"},
    {0x00189511, 0xFFFFFFFF, VR_FL, VR_FL, "1", "SecondaryPositionerScanStartAngle", "Secondary Positioner Scan Start Angle"},
    {0x00189514, 0xFFFFFFFF, VR_FL, VR_FL, "1", "PrimaryPositionerIncrement", "Primary Positioner Increment"},
    {0x00189515, 0xFFFFFFFF, VR_FL, VR_FL, "1", "SecondaryPositionerIncrement", "Secondary Positioner Increment"},
    {0x00189516, 0xFFFFFFFF, VR_DT, VR_DT, "1", "StartAcquisitionDateTime", "Start Acquisition Date Time"},
    {0x00189517, 0xFFFFFFFF, VR_DT, VR_DT, "1", "EndAcquisitionDateTime", "End Acquisition Date Time"},
    {0x00189518, 0xFFFFFFFF, VR_SS, VR_SS, "1", "PrimaryPositionerIncrementSign", "Primary Positioner Increment Sign"},
    {0x00189519, 0xFFFFFFFF, VR_SS, VR_SS, "1", "SecondaryPositionerIncrementSign", "Secondary Positioner Increment Sign"},
    {0x00189524, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ApplicationName", "Application Name"},
    {0x00189525, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ApplicationVersion", "Application Version"},
    {0x00189526, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ApplicationManufacturer", "Application Manufacturer"},
    {0x00189527, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AlgorithmType", "Algorithm Type"},
    {0x00189528, 0xFFFFFFFF, VR_LO, VR_LO, "1", "AlgorithmDescription", "Algorithm Description"},
    {0x00189530, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "XRay3DReconstructionSequence", "X Ray3 D Reconstruction Sequence"},
    {0x00189531, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ReconstructionDescription", "Reconstruction Description"},
    {0x00189538, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PerProjectionAcquisitionSequence", "Per Projection Acquisition Sequence"},
    {0x00189541, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DetectorPositionSequence", "Detector Position Sequence"},
    {0x00189542, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "XRayAcquisitionDoseSequence", "X Ray Acquisition Dose Sequence"},
    {0x00189543, 0xFFFFFFFF, VR_FD, VR_FD, "1", "XRaySourceIsocenterPrimaryAngle", "X Ray Source Isocenter Primary Angle"},
    {0x00189544, 0xFFFFFFFF, VR_FD, VR_FD, "1", "XRaySourceIsocenterSecondaryAngle", "X Ray Source Isocenter Secondary Angle"},
    {0x00189545, 0xFFFFFFFF, VR_FD, VR_FD, "1", "BreastSupportIsocenterPrimaryAngle", "Breast Support Isocenter Primary Angle"},
    {0x00189546, 0xFFFFFFFF, VR_FD, VR_FD, "1", "BreastSupportIsocenterSecondaryAngle", "Breast Support Isocenter Secondary Angle"},
    {0x00189547, 0xFFFFFFFF, VR_FD, VR_FD, "1", "BreastSupportXPositionToIsocenter", "Breast Support X Position To Isocenter"},
    {0x00189548, 0xFFFFFFFF, VR_FD, VR_FD, "1", "BreastSupportYPositionToIsocenter", "Breast Support Y Position To Isocenter"},
    {0x00189549, 0xFFFFFFFF, VR_FD, VR_FD, "1", "BreastSupportZPositionToIsocenter", "Breast Support Z Position To Isocenter"},
    {0x00189550, 0xFFFFFFFF, VR_FD, VR_FD, "1", "DetectorIsocenterPrimaryAngle", "Detector Isocenter Primary Angle"},
    {0x00189551, 0xFFFFFFFF, VR_FD, VR_FD, "1", "DetectorIsocenterSecondaryAngle", "Detector Isocenter Secondary Angle"},
    {0x00189552, 0xFFFFFFFF, VR_FD, VR_FD, "1", "DetectorXPositionToIsocenter", "Detector X Position To Isocenter"},
    {0x00189553, 0xFFFFFFFF, VR_FD, VR_FD, "1", "DetectorYPositionToIsocenter", "Detector Y Position To Isocenter"},
    {0x00189554, 0xFFFFFFFF, VR_FD, VR_FD, "1", "DetectorZPositionToIsocenter", "Detector Z Position To Isocenter"},
    {0x00189555, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "XRayGridSequence", "X Ray Grid Sequence"},
    {0x00189556, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "XRayFilterSequence", "X Ray Filter Sequence"},
    {0x00189557, 0xFFFFFFFF, VR_FD, VR_FD, "3", "DetectorActiveAreaTLHCPosition", "Detector Active Area TLHC Position"},
    {0x00189558, 0xFFFFFFFF, VR_FD, VR_FD, "6", "DetectorActiveAreaOrientation", "Detector Active Area Orientation"},
    {0x00189559, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PositionerPrimaryAngleDirection", "Positioner Primary Angle Direction"},
    {0x00189601, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DiffusionBMatrixSequence", "Diffusion B Matrix Sequence"},
    {0x00189602, 0xFFFFFFFF, VR_FD, VR_FD, "1", "DiffusionBValueXX", "Diffusion B Value XX"},
    {0x00189603, 0xFFFFFFFF, VR_FD, VR_FD, "1", "DiffusionBValueXY", "Diffusion B Value XY"},
    {0x00189604, 0xFFFFFFFF, VR_FD, VR_FD, "1", "DiffusionBValueXZ", "Diffusion B Value XZ"},
    {0x00189605, 0xFFFFFFFF, VR_FD, VR_FD, "1", "DiffusionBValueYY", "Diffusion B Value YY"},
    {0x00189606, 0xFFFFFFFF, VR_FD, VR_FD, "1", "DiffusionBValueYZ", "Diffusion B Value YZ"},
    {0x00189607, 0xFFFFFFFF, VR_FD, VR_FD, "1", "DiffusionBValueZZ", "Diffusion B Value ZZ"},
    {0x00189621, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FunctionalMRSequence", "Functional MR Sequence"},
    {0x00189622, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FunctionalSettlingPhaseFramesPresent", "Functional Settling Phase Frames Present"},
    {0x00189623, 0xFFFFFFFF, VR_DT, VR_DT, "1", "FunctionalSyncPulse", "Functional Sync Pulse"},
    {0x00189624, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SettlingPhaseFrame", "Settling Phase Frame"},
    {0x00189701, 0xFFFFFFFF, VR_DT, VR_DT, "1", "DecayCorrectionDateTime", "Decay Correction Date Time"},
    {0x00189715, 0xFFFFFFFF, VR_FD, VR_FD, "1", "StartDensityThreshold", "Start Density Threshold"},
    {0x00189716, 0xFFFFFFFF, VR_FD, VR_FD, "1", "StartRelativeDensityDifferenceThreshold", "Start Relative Density Difference Threshold"},
    {0x00189717, 0xFFFFFFFF, VR_FD, VR_FD, "1", "StartCardiacTriggerCountThreshold", "Start Cardiac Trigger Count Threshold"},
    {0x00189718, 0xFFFFFFFF, VR_FD, VR_FD, "1", "StartRespiratoryTriggerCountThreshold", "Start Respiratory Trigger Count Threshold"},
    {0x00189719, 0xFFFFFFFF, VR_FD, VR_FD, "1", "TerminationCountsThreshold", "Termination Counts Threshold"},
    {0x00189720, 0xFFFFFFFF, VR_FD, VR_FD, "1", "TerminationDensityThreshold", "Termination Density Threshold"},
    {0x00189721, 0xFFFFFFFF, VR_FD, VR_FD, "1", "TerminationRelativeDensityThreshold", "Termination Relative Density Threshold"},
    {0x00189722, 0xFFFFFFFF, VR_FD, VR_FD, "1", "TerminationTimeThreshold", "Termination Time Threshold"},
    {0x00189723, 0xFFFFFFFF, VR_FD, VR_FD, "1", "TerminationCardiacTriggerCountThreshold", "Termination Cardiac Trigger Count Threshold"},
    {0x00189724, 0xFFFFFFFF, VR_FD, VR_FD, "1", "TerminationRespiratoryTriggerCountThreshold", "Termination Respiratory Trigger Count Threshold"},
    {0x00189725, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DetectorGeometry", "Detector Geometry"},
    {0x00189726, 0xFFFFFFFF, VR_FD, VR_FD, "1", "TransverseDetectorSeparation", "Transverse Detector Separation"},
    {0x00189727, 0xFFFFFFFF, VR_FD, VR_FD, "1", "AxialDetectorDimension", "Axial Detector Dimension"},
    {0x00189729, 0xFFFFFFFF, VR_US, VR_US, "1", "RadiopharmaceuticalAgentNumber", "Radiopharmaceutical Agent Number"},
    {0x00189732, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PETFrameAcquisitionSequence", "PET Frame Acquisition Sequence"},
    {0x00189733, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PETDetectorMotionDetailsSequence", "PET Detector Motion Details Sequence"},
    {0x00189734, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PETTableDynamicsSequence", "PET Table Dynamics Sequence"},
    {0x00189735, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PETPositionSequence", "PET Position Sequence"},
    {0x00189736, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PETFrameCorrectionFactorsSequence", "PET Frame Correction Factors Sequence"},
    {0x00189737, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RadiopharmaceuticalUsageSequence", "Radiopharmaceutical Usage Sequence"},
    {0x00189738, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AttenuationCorrectionSource", "Attenuation Correction Source"},
    {0x00189739, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfIterations", "Number Of Iterations"},
    {0x00189740, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfSubsets", "Number Of Subsets"},
    {0x00189749, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PETReconstructionSequence", "PET Reconstruction Sequence"},
    {0x00189751, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PETFrameTypeSequence", "PET Frame Type Sequence"},
    {0x00189755, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TimeOfFlightInformationUsed", "Time Of Flight Information Used"},
    {0x00189756, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ReconstructionType", "Reconstruction Type"},
    {0x00189758, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DecayCorrected", "Decay Corrected"},
    {0x00189759, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AttenuationCorrected", "Attenuation Corrected"},
    {0x00189760, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ScatterCorrected", "Scatter Corrected"},
    {0x00189761, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DeadTimeCorrected", "Dead Time Corrected"},
    {0x00189762, 0xFFFFFFFF, VR_CS, VR_CS, "1", "GantryMotionCorrected", "Gantry Motion Corrected"},
    {0x00189763, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PatientMotionCorrected", "Patient Motion Corrected"},
    {0x00189764, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CountLossNormalizationCorrected", "Count Loss Normalization Corrected"},
    {0x00189765, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RandomsCorrected", "Randoms Corrected"},
    {0x00189766, 0xFFFFFFFF, VR_CS, VR_CS, "1", "NonUniformRadialSamplingCorrected", "Non Uniform Radial Sampling Corrected"},
    {0x00189767, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SensitivityCalibrated", "Sensitivity Calibrated"},
    {0x00189768, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DetectorNormalizationCorrection", "Detector Normalization Correction"},
    {0x00189769, 0xFFFFFFFF, VR_CS, VR_CS, "1", "IterativeReconstructionMethod", "Iterative Reconstruction Method"},
    {0x00189770, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AttenuationCorrectionTemporalRelationship", "Attenuation Correction Temporal Relationship"},
    {0x00189771, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PatientPhysiologicalStateSequence", "Patient Physiological State Sequence"},
    {0x00189772, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PatientPhysiologicalStateCodeSequence", "Patient Physiological State Code Sequence"},
    {0x00189801, 0xFFFFFFFF, VR_FD, VR_FD, "1-n", "DepthsOfFocus", "Depths Of Focus"},
    {0x00189803, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ExcludedIntervalsSequence", "Excluded Intervals Sequence"},
    {0x00189804, 0xFFFFFFFF, VR_DT, VR_DT, "1", "ExclusionStartDateTime", "Exclusion Start Date Time"},
    {0x00189805, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ExclusionDuration", "Exclusion Duration"},
    {0x00189806, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "USImageDescriptionSequence", "US Image Description Sequence"},
    {0x00189807, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ImageDataTypeSequence", "Image Data Type Sequence"},
    {0x00189808, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DataType", "Data Type"},
    {0x00189809, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TransducerScanPatternCodeSequence", "Transducer Scan Pattern Code Sequence"},
    {0x0018980B, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AliasedDataType", "Aliased Data Type"},
    {0x0018980C, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PositionMeasuringDeviceUsed", "Position Measuring Device Used"},
    {0x0018980D, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TransducerGeometryCodeSequence", "Transducer Geometry Code Sequence"},
    {0x0018980E, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TransducerBeamSteeringCodeSequence", "Transducer Beam Steering Code Sequence"},
    {0x0018980F, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TransducerApplicationCodeSequence", "Transducer Application Code Sequence"},
    {0x00189810, 0xFFFFFFFF, VR_US, VR_SS, "1", "ZeroVelocityPixelValue", "Zero Velocity Pixel Value"},
    {0x00189900, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ReferenceLocationLabel", "Reference Location Label"},
    {0x00189901, 0xFFFFFFFF, VR_UT, VR_UT, "1", "ReferenceLocationDescription", "Reference Location Description"},
    {0x00189902, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferenceBasisCodeSequence", "Reference Basis Code Sequence"},
    {0x00189903, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferenceGeometryCodeSequence", "Reference Geometry Code Sequence"},
    {0x00189904, 0xFFFFFFFF, VR_DS, VR_DS, "1", "OffsetDistance", "Offset Distance"},
    {0x00189905, 0xFFFFFFFF, VR_CS, VR_CS, "1", "OffsetDirection", "Offset Direction"},
    {0x00189906, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PotentialScheduledProtocolCodeSequence", "Potential Scheduled Protocol Code Sequence"},
    {0x00189907, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PotentialRequestedProcedureCodeSequence", "Potential Requested Procedure Code Sequence"},
    {0x00189908, 0xFFFFFFFF, VR_UC, VR_UC, "1-n", "PotentialReasonsForProcedure", "Potential Reasons For Procedure"},
    {0x00189909, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PotentialReasonsForProcedureCodeSequence", "Potential Reasons For Procedure Code Sequence"},
    {0x0018990A, 0xFFFFFFFF, VR_UC, VR_UC, "1-n", "PotentialDiagnosticTasks", "Potential Diagnostic Tasks"},
    {0x0018990B, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ContraindicationsCodeSequence", "Contraindications Code Sequence"},
    {0x0018990C, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedDefinedProtocolSequence", "Referenced Defined Protocol Sequence"},
    {0x0018990D, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedPerformedProtocolSequence", "Referenced Performed Protocol Sequence"},
    {0x0018990E, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PredecessorProtocolSequence", "Predecessor Protocol Sequence"},
    {0x0018990F, 0xFFFFFFFF, VR_UT, VR_UT, "1", "ProtocolPlanningInformation", "Protocol Planning Information"},
    {0x00189910, 0xFFFFFFFF, VR_UT, VR_UT, "1", "ProtocolDesignRationale", "Protocol Design Rationale"},
    {0x00189911, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PatientSpecificationSequence", "Patient Specification Sequence"},
    {0x00189912, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ModelSpecificationSequence", "Model Specification Sequence"},
    {0x00189913, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ParametersSpecificationSequence", "Parameters Specification Sequence"},
    {0x00189914, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "InstructionSequence", "Instruction Sequence"},
    {0x00189915, 0xFFFFFFFF, VR_US, VR_US, "1", "InstructionIndex", "Instruction Index"},
    {0x00189916, 0xFFFFFFFF, VR_LO, VR_LO, "1", "InstructionText", "Instruction Text"},
    {0x00189917, 0xFFFFFFFF, VR_UT, VR_UT, "1", "InstructionDescription", "Instruction Description"},
    {0x00189918, 0xFFFFFFFF, VR_CS, VR_CS, "1", "InstructionPerformedFlag", "Instruction Performed Flag"},
    {0x00189919, 0xFFFFFFFF, VR_DT, VR_DT, "1", "InstructionPerformedDateTime", "Instruction Performed Date Time"},
    {0x0018991A, 0xFFFFFFFF, VR_UT, VR_UT, "1", "InstructionPerformanceComment", "Instruction Performance Comment"},
    {0x0018991B, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PatientPositioningInstructionSequence", "Patient Positioning Instruction Sequence"},
    {0x0018991C, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PositioningMethodCodeSequence", "Positioning Method Code Sequence"},
    {0x0018991D, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PositioningLandmarkSequence", "Positioning Landmark Sequence"},
    {0x0018991E, 0xFFFFFFFF, VR_UI, VR_UI, "1", "TargetFrameOfReferenceUID", "Target Frame Of Reference UID"},
    {0x0018991F, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AcquisitionProtocolElementSpecificationSequence", "Acquisition Protocol Element Specification Sequence"},
    {0x00189920, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AcquisitionProtocolElementSequence", "Acquisition Protocol Element Sequence"},
    {0x00189921, 0xFFFFFFFF, VR_US, VR_US, "1", "ProtocolElementNumber", "Protocol Element Number"},
    {0x00189922, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ProtocolElementName", "Protocol Element Name"},
    {0x00189923, 0xFFFFFFFF, VR_UT, VR_UT, "1", "ProtocolElementCharacteristicsSummary", "Protocol Element Characteristics Summary"},
    {0x00189924, 0xFFFFFFFF, VR_UT, VR_UT, "1", "ProtocolElementPurpose", "Protocol Element Purpose"},
    {0x00189930, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AcquisitionMotion", "Acquisition Motion"},
    {0x00189931, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AcquisitionStartLocationSequence", "Acquisition Start Location Sequence"},
    {0x00189932, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AcquisitionEndLocationSequence", "Acquisition End Location Sequence"},
    {0x00189933, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReconstructionProtocolElementSpecificationSequence", "Reconstruction Protocol Element Specification Sequence"},
    {0x00189934, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReconstructionProtocolElementSequence", "Reconstruction Protocol Element Sequence"},
    {0x00189935, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "StorageProtocolElementSpecificationSequence", "Storage Protocol Element Specification Sequence"},
    {0x00189936, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "StorageProtocolElementSequence", "Storage Protocol Element Sequence"},
    {0x00189937, 0xFFFFFFFF, VR_LO, VR_LO, "1", "RequestedSeriesDescription", "Requested Series Description"},
    {0x00189938, 0xFFFFFFFF, VR_US, VR_US, "1-n", "SourceAcquisitionProtocolElementNumber", "Source Acquisition Protocol Element Number"},
    {0x00189939, 0xFFFFFFFF, VR_US, VR_US, "1-n", "SourceAcquisitionBeamNumber", "Source Acquisition Beam Number"},
    {0x0018993A, 0xFFFFFFFF, VR_US, VR_US, "1-n", "SourceReconstructionProtocolElementNumber", "Source Reconstruction Protocol Element Number"},
    {0x0018993B, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReconstructionStartLocationSequence", "Reconstruction Start Location Sequence"},
    {0x0018993C, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReconstructionEndLocationSequence", "Reconstruction End Location Sequence"},
    {0x0018993D, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReconstructionAlgorithmSequence", "Reconstruction Algorithm Sequence"},
    {0x0018993E, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReconstructionTargetCenterLocationSequence", "Reconstruction Target Center Location Sequence"},
    {0x00189941, 0xFFFFFFFF, VR_UT, VR_UT, "1", "ImageFilterDescription", "Image Filter Description"},
    {0x00189942, 0xFFFFFFFF, VR_FD, VR_FD, "1", "CTDIvolNotificationTrigger", "CTD Ivol Notification Trigger"},
    {0x00189943, 0xFFFFFFFF, VR_FD, VR_FD, "1", "DLPNotificationTrigger", "DLP Notification Trigger"},
    {0x00189944, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AutoKVPSelectionType", "Auto KVP Selection Type"},
    {0x00189945, 0xFFFFFFFF, VR_FD, VR_FD, "1", "AutoKVPUpperBound", "Auto KVP Upper Bound"},
    {0x00189946, 0xFFFFFFFF, VR_FD, VR_FD, "1", "AutoKVPLowerBound", "Auto KVP Lower Bound"},
    {0x00189947, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ProtocolDefinedPatientPosition", "Protocol Defined Patient Position"},
    {0x0018A001, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ContributingEquipmentSequence", "Contributing Equipment Sequence"},
    {0x0018A002, 0xFFFFFFFF, VR_DT, VR_DT, "1", "ContributionDateTime", "Contribution Date Time"},
    {0x0018A003, 0xFFFFFFFF, VR_ST, VR_ST, "1", "ContributionDescription", "Contribution Description"},
    {0x0020000D, 0xFFFFFFFF, VR_UI, VR_UI, "1", "StudyInstanceUID", "Study Instance UID"},
    {0x0020000E, 0xFFFFFFFF, VR_UI, VR_UI, "1", "SeriesInstanceUID", "Series Instance UID"},
    {0x00200010, 0xFFFFFFFF, VR_SH, VR_SH, "1", "StudyID", "Study ID"},
    {0x00200011, 0xFFFFFFFF, VR_IS, VR_IS, "1", "SeriesNumber", "Series Number"},
    {0x00200012, 0xFFFFFFFF, VR_IS, VR_IS, "1", "AcquisitionNumber", "Acquisition Number"},
    {0x00200013, 0xFFFFFFFF, VR_IS, VR_IS, "1", "InstanceNumber", "Instance Number"},
    {0x00200014, 0xFFFFFFFF, VR_IS, VR_IS, "1", "IsotopeNumber", "Isotope Number (Retired)"},
    {0x00200015, 0xFFFFFFFF, VR_IS, VR_IS, "1", "PhaseNumber", "Phase Number (Retired)"},
    {0x00200016, 0xFFFFFFFF, VR_IS, VR_IS, "1", "IntervalNumber", "Interval Number (Retired)"},
    {0x00200017, 0xFFFFFFFF, VR_IS, VR_IS, "1", "TimeSlotNumber", "Time Slot Number (Retired)"},
    {0x00200018, 0xFFFFFFFF, VR_IS, VR_IS, "1", "AngleNumber", "Angle Number (Retired)"},
    {0x00200019, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ItemNumber", "Item Number"},
    {0x00200020, 0xFFFFFFFF, VR_CS, VR_CS, "2", "PatientOrientation", "Patient Orientation"},
    {0x00200022, 0xFFFFFFFF, VR_IS, VR_IS, "1", "OverlayNumber", "Overlay Number (Retired)"},
    {0x00200024, 0xFFFFFFFF, VR_IS, VR_IS, "1", "CurveNumber", "Curve Number (Retired)"},
    {0x00200026, 0xFFFFFFFF, VR_IS, VR_IS, "1", "LUTNumber", "LUT Number (Retired)"},
    {0x00200027, 0xFFFFFFFF, VR_LO, VR_LO, "1", "PyramidLabel", "Pyramid Label"},
    {0x00200030, 0xFFFFFFFF, VR_DS, VR_DS, "3", "ImagePosition", "Image Position (Retired)"},
    {0x00200032, 0xFFFFFFFF, VR_DS, VR_DS, "3", "ImagePositionPatient", "Image Position Patient"},
    {0x00200035, 0xFFFFFFFF, VR_DS, VR_DS, "6", "ImageOrientation", "Image Orientation (Retired)"},
    {0x00200037, 0xFFFFFFFF, VR_DS, VR_DS, "6", "ImageOrientationPatient", "Image Orientation Patient"},
    {0x00200050, 0xFFFFFFFF, VR_DS, VR_DS, "1", "Location", "Location (Retired)"},
    {0x00200052, 0xFFFFFFFF, VR_UI, VR_UI, "1", "FrameOfReferenceUID", "Frame Of Reference UID"},
    {0x00200060, 0xFFFFFFFF, VR_CS, VR_CS, "1", "Laterality", "Laterality"},
    {0x00200062, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ImageLaterality", "Image Laterality"},
    {0x00200070, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ImageGeometryType", "Image Geometry Type (Retired)"},
    {0x00200080, 0xFFFFFFFF, VR_CS, VR_CS, "1-n", "MaskingImage", "Masking Image (Retired)"},
    {0x002000AA, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ReportNumber", "Report Number (Retired)"},
    {0x00200100, 0xFFFFFFFF, VR_IS, VR_IS, "1", "TemporalPositionIdentifier", "Temporal Position Identifier"},
    {0x00200105, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfTemporalPositions", "Number Of Temporal Positions"},
    {0x00200110, 0xFFFFFFFF, VR_DS, VR_DS, "1", "TemporalResolution", "Temporal Resolution"},
    {0x00200200, 0xFFFFFFFF, VR_UI, VR_UI, "1", "SynchronizationFrameOfReferenceUID", "Synchronization Frame Of Reference UID"},
    {0x00200242, 0xFFFFFFFF, VR_UI, VR_UI, "1", "SOPInstanceUIDOfConcatenationSource", "SOP Instance UID Of Concatenation Source"},
    {0x00201000, 0xFFFFFFFF, VR_IS, VR_IS, "1", "SeriesInStudy", "Series In Study (Retired)"},
    {0x00201001, 0xFFFFFFFF, VR_IS, VR_IS, "1", "AcquisitionsInSeries", "Acquisitions In Series (Retired)"},
    {0x00201002, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ImagesInAcquisition", "Images In Acquisition"},
    {0x00201003, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ImagesInSeries", "Images In Series (Retired)"},
    {0x00201004, 0xFFFFFFFF, VR_IS, VR_IS, "1", "AcquisitionsInStudy", "Acquisitions In Study (Retired)"},
    {0x00201005, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ImagesInStudy", "Images In Study (Retired)"},
    {0x00201020, 0xFFFFFFFF, VR_LO, VR_LO, "1-n", "Reference", "Reference (Retired)"},
    {0x0020103F, 0xFFFFFFFF, VR_LO, VR_LO, "1", "TargetPositionReferenceIndicator", "Target Position Reference Indicator"},
    {0x00201040, 0xFFFFFFFF, VR_LO, VR_LO, "1", "PositionReferenceIndicator", "Position Reference Indicator"},
    {0x00201041, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SliceLocation", "Slice Location"},
    {0x00201070, 0xFFFFFFFF, VR_IS, VR_IS, "1-n", "OtherStudyNumbers", "Other Study Numbers (Retired)"},
    {0x00201200, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfPatientRelatedStudies", "Number Of Patient Related Studies"},
    {0x00201202, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfPatientRelatedSeries", "Number Of Patient Related Series"},
    {0x00201204, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfPatientRelatedInstances", "Number Of Patient Related Instances"},
    {0x00201206, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfStudyRelatedSeries", "Number Of Study Related Series"},
    {0x00201208, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfStudyRelatedInstances", "Number Of Study Related Instances"},
    {0x00201209, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfSeriesRelatedInstances", "Number Of Series Related Instances"},
    {0x00203401, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ModifyingDeviceID", "Modifying Device ID (Retired)"},
    {0x00203402, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ModifiedImageID", "Modified Image ID (Retired)"},
    {0x00203403, 0xFFFFFFFF, VR_DA, VR_DA, "1", "ModifiedImageDate", "Modified Image Date (Retired)"},
    {0x00203404, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ModifyingDeviceManufacturer", "Modifying Device Manufacturer (Retired)"},
    {0x00203405, 0xFFFFFFFF, VR_TM, VR_TM, "1", "ModifiedImageTime", "Modified Image Time (Retired)"},
    {0x00203406, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ModifiedImageDescription", "Modified Image Description (Retired)"},
    {0x00204000, 0xFFFFFFFF, VR_LT, VR_LT, "1", "ImageComments", "Image Comments"},
    {0x00205000, 0xFFFFFFFF, VR_AT, VR_AT, "1-n", "OriginalImageIdentification", "Original Image Identification (Retired)"},
    {0x00205002, 0xFFFFFFFF, VR_LO, VR_LO, "1-n", "OriginalImageIdentificationNomenclature", "Original Image Identification Nomenclature (Retired)"},
    {0x00209056, 0xFFFFFFFF, VR_SH, VR_SH, "1", "StackID", "Stack ID"},
    {0x00209057, 0xFFFFFFFF, VR_UL, VR_UL, "1", "InStackPositionNumber", "In Stack Position Number"},
    {0x00209071, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FrameAnatomySequence", "Frame Anatomy Sequence"},
    {0x00209072, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FrameLaterality", "Frame Laterality"},
    {0x00209111, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FrameContentSequence", "Frame Content Sequence"},
    {0x00209113, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PlanePositionSequence", "Plane Position Sequence"},
    {0x00209116, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PlaneOrientationSequence", "Plane Orientation Sequence"},
    {0x00209128, 0xFFFFFFFF, VR_UL, VR_UL, "1", "TemporalPositionIndex", "Temporal Position Index"},
    {0x00209153, 0xFFFFFFFF, VR_FD, VR_FD, "1", "NominalCardiacTriggerDelayTime", "Nominal Cardiac Trigger Delay Time"},
    {0x00209154, 0xFFFFFFFF, VR_FL, VR_FL, "1", "NominalCardiacTriggerTimePriorToRPeak", "Nominal Cardiac Trigger Time Prior To R Peak"},
    {0x00209155, 0xFFFFFFFF, VR_FL, VR_FL, "1", "ActualCardiacTriggerTimePriorToRPeak", "Actual Cardiac Trigger Time Prior To R Peak"},
    {0x00209156, 0xFFFFFFFF, VR_US, VR_US, "1", "FrameAcquisitionNumber", "Frame Acquisition Number"},
    {0x00209157, 0xFFFFFFFF, VR_UL, VR_UL, "1-n", "DimensionIndexValues", "Dimension Index Values"},
    {0x00209158, 0xFFFFFFFF, VR_LT, VR_LT, "1", "FrameComments", "Frame Comments"},
    {0x00209161, 0xFFFFFFFF, VR_UI, VR_UI, "1", "ConcatenationUID", "Concatenation UID"},
    {0x00209162, 0xFFFFFFFF, VR_US, VR_US, "1", "InConcatenationNumber", "In Concatenation Number"},
    {0x00209163, 0xFFFFFFFF, VR_US, VR_US, "1", "InConcatenationTotalNumber", "In Concatenation Total Number"},
    {0x00209164, 0xFFFFFFFF, VR_UI, VR_UI, "1", "DimensionOrganizationUID", "Dimension Organization UID"},
    {0x00209165, 0xFFFFFFFF, VR_AT, VR_AT, "1", "DimensionIndexPointer", "Dimension Index Pointer"},
    {0x00209167, 0xFFFFFFFF, VR_AT, VR_AT, "1", "FunctionalGroupPointer", "Functional Group Pointer"},
    {0x00209170, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "UnassignedSharedConvertedAttributesSequence", "Unassigned Shared Converted Attributes Sequence"},
    {0x00209171, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "UnassignedPerFrameConvertedAttributesSequence", "Unassigned Per Frame Converted Attributes Sequence"},
    {0x00209172, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ConversionSourceAttributesSequence", "Conversion Source Attributes Sequence"},
    {0x00209213, 0xFFFFFFFF, VR_LO, VR_LO, "1", "DimensionIndexPrivateCreator", "Dimension Index Private Creator"},
    {0x00209221, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DimensionOrganizationSequence", "Dimension Organization Sequence"},
    {0x00209222, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DimensionIndexSequence", "Dimension Index Sequence"},
    {0x00209228, 0xFFFFFFFF, VR_UL, VR_UL, "1", "ConcatenationFrameOffsetNumber", "Concatenation Frame Offset Number"},
    {0x00209238, 0xFFFFFFFF, VR_LO, VR_LO, "1", "FunctionalGroupPrivateCreator", "Functional Group Private Creator"},
    {0x00209241, 0xFFFFFFFF, VR_FL, VR_FL, "1", "NominalPercentageOfCardiacPhase", "Nominal Percentage Of Cardiac Phase"},
    {0x00209245, 0xFFFFFFFF, VR_FL, VR_FL, "1", "NominalPercentageOfRespiratoryPhase", "Nominal Percentage Of Respiratory Phase"},
    {0x00209246, 0xFFFFFFFF, VR_FL, VR_FL, "1", "StartingRespiratoryAmplitude", "Starting Respiratory Amplitude"},
    {0x00209247, 0xFFFFFFFF, VR_CS, VR_CS, "1", "StartingRespiratoryPhase", "Starting Respiratory Phase"},
    {0x00209248, 0xFFFFFFFF, VR_FL, VR_FL, "1", "EndingRespiratoryAmplitude", "Ending Respiratory Amplitude"},
    {0x00209249, 0xFFFFFFFF, VR_CS, VR_CS, "1", "EndingRespiratoryPhase", "Ending Respiratory Phase"},
    {0x00209250, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RespiratoryTriggerType", "Respiratory Trigger Type"},
    {0x00209251, 0xFFFFFFFF, VR_FD, VR_FD, "1", "RRIntervalTimeNominal", "RR Interval Time Nominal"},
    {0x00209252, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ActualCardiacTriggerDelayTime", "Actual Cardiac Trigger Delay Time"},
    {0x00209253, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RespiratorySynchronizationSequence", "Respiratory Synchronization Sequence"},
    {0x00209254, 0xFFFFFFFF, VR_FD, VR_FD, "1", "RespiratoryIntervalTime", "Respiratory Interval Time"},
    {0x00209255, 0xFFFFFFFF, VR_FD, VR_FD, "1", "NominalRespiratoryTriggerDelayTime", "Nominal Respiratory Trigger Delay Time"},
    {0x00209256, 0xFFFFFFFF, VR_FD, VR_FD, "1", "RespiratoryTriggerDelayThreshold", "Respiratory Trigger Delay Threshold"},
    {0x00209257, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ActualRespiratoryTriggerDelayTime", "Actual Respiratory Trigger Delay Time"},
    {0x00209301, 0xFFFFFFFF, VR_FD, VR_FD, "3", "ImagePositionVolume", "Image Position Volume"},
    {0x00209302, 0xFFFFFFFF, VR_FD, VR_FD, "6", "ImageOrientationVolume", "Image Orientation Volume"},
    {0x00209307, 0xFFFFFFFF, VR_CS, VR_CS, "1", "UltrasoundAcquisitionGeometry", "Ultrasound Acquisition Geometry"},
    {0x00209308, 0xFFFFFFFF, VR_FD, VR_FD, "3", "ApexPosition", "Apex Position"},
    {0x00209309, 0xFFFFFFFF, VR_FD, VR_FD, "16", "VolumeToTransducerMappingMatrix", "Volume To Transducer Mapping Matrix"},
    {0x0020930A, 0xFFFFFFFF, VR_FD, VR_FD, "16", "VolumeToTableMappingMatrix", "Volume To Table Mapping Matrix"},
    {0x0020930B, 0xFFFFFFFF, VR_CS, VR_CS, "1", "VolumeToTransducerRelationship", "Volume To Transducer Relationship"},
    {0x0020930C, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PatientFrameOfReferenceSource", "Patient Frame Of Reference Source"},
    {0x0020930D, 0xFFFFFFFF, VR_FD, VR_FD, "1", "TemporalPositionTimeOffset", "Temporal Position Time Offset"},
    {0x0020930E, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PlanePositionVolumeSequence", "Plane Position Volume Sequence"},
    {0x0020930F, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PlaneOrientationVolumeSequence", "Plane Orientation Volume Sequence"},
    {0x00209310, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TemporalPositionSequence", "Temporal Position Sequence"},
    {0x00209311, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DimensionOrganizationType", "Dimension Organization Type"},
    {0x00209312, 0xFFFFFFFF, VR_UI, VR_UI, "1", "VolumeFrameOfReferenceUID", "Volume Frame Of Reference UID"},
    {0x00209313, 0xFFFFFFFF, VR_UI, VR_UI, "1", "TableFrameOfReferenceUID", "Table Frame Of Reference UID"},
    {0x00209421, 0xFFFFFFFF, VR_LO, VR_LO, "1", "DimensionDescriptionLabel", "Dimension Description Label"},
    {0x00209450, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PatientOrientationInFrameSequence", "Patient Orientation In Frame Sequence"},
    {0x00209453, 0xFFFFFFFF, VR_LO, VR_LO, "1", "FrameLabel", "Frame Label"},
    {0x00209518, 0xFFFFFFFF, VR_US, VR_US, "1-n", "AcquisitionIndex", "Acquisition Index"},
    {0x00209529, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ContributingSOPInstancesReferenceSequence", "Contributing SOP Instances Reference Sequence"},
    {0x00209536, 0xFFFFFFFF, VR_US, VR_US, "1", "ReconstructionIndex", "Reconstruction Index"},
    {0x00220001, 0xFFFFFFFF, VR_US, VR_US, "1", "LightPathFilterPassThroughWavelength", "Light Path Filter Pass Through Wavelength"},
    {0x00220002, 0xFFFFFFFF, VR_US, VR_US, "2", "LightPathFilterPassBand", "Light Path Filter Pass Band"},
    {0x00220003, 0xFFFFFFFF, VR_US, VR_US, "1", "ImagePathFilterPassThroughWavelength", "Image Path Filter Pass Through Wavelength"},
    {0x00220004, 0xFFFFFFFF, VR_US, VR_US, "2", "ImagePathFilterPassBand", "Image Path Filter Pass Band"},
    {0x00220005, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PatientEyeMovementCommanded", "Patient Eye Movement Commanded"},
    {0x00220006, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PatientEyeMovementCommandCodeSequence", "Patient Eye Movement Command Code Sequence"},
    {0x00220007, 0xFFFFFFFF, VR_FL, VR_FL, "1", "SphericalLensPower", "Spherical Lens Power"},
    {0x00220008, 0xFFFFFFFF, VR_FL, VR_FL, "1", "CylinderLensPower", "Cylinder Lens Power"},
    {0x00220009, 0xFFFFFFFF, VR_FL, VR_FL, "1", "CylinderAxis", "Cylinder Axis"},
    {0x0022000A, 0xFFFFFFFF, VR_FL, VR_FL, "1", "EmmetropicMagnification", "Emmetropic Magnification"},
    {0x0022000B, 0xFFFFFFFF, VR_FL, VR_FL, "1", "IntraOcularPressure", "Intra Ocular Pressure"},
    {0x0022000C, 0xFFFFFFFF, VR_FL, VR_FL, "1", "HorizontalFieldOfView", "Horizontal Field Of View"},
    {0x0022000D, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PupilDilated", "Pupil Dilated"},
    {0x0022000E, 0xFFFFFFFF, VR_FL, VR_FL, "1", "DegreeOfDilation", "Degree Of Dilation"},
    {0x00220010, 0xFFFFFFFF, VR_FL, VR_FL, "1", "StereoBaselineAngle", "Stereo Baseline Angle"},
    {0x00220011, 0xFFFFFFFF, VR_FL, VR_FL, "1", "StereoBaselineDisplacement", "Stereo Baseline Displacement"},
    {0x00220012, 0xFFFFFFFF, VR_FL, VR_FL, "1", "StereoHorizontalPixelOffset", "Stereo Horizontal Pixel Offset"},
    {0x00220013, 0xFFFFFFFF, VR_FL, VR_FL, "1", "StereoVerticalPixelOffset", "Stereo Vertical Pixel Offset"},
    {0x00220014, 0xFFFFFFFF, VR_FL, VR_FL, "1", "StereoRotation", "Stereo Rotation"},
    {0x00220015, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AcquisitionDeviceTypeCodeSequence", "Acquisition Device Type Code Sequence"},
    {0x00220016, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IlluminationTypeCodeSequence", "Illumination Type Code Sequence"},
    {0x00220017, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "LightPathFilterTypeStackCodeSequence", "Light Path Filter Type Stack Code Sequence"},
    {0x00220018, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ImagePathFilterTypeStackCodeSequence", "Image Path Filter Type Stack Code Sequence"},
    {0x00220019, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "LensesCodeSequence", "Lenses Code Sequence"},
    {0x0022001A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ChannelDescriptionCodeSequence", "Channel Description Code Sequence"},
    {0x0022001B, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RefractiveStateSequence", "Refractive State Sequence"},
    {0x0022001C, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MydriaticAgentCodeSequence", "Mydriatic Agent Code Sequence"},
    {0x0022001D, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RelativeImagePositionCodeSequence", "Relative Image Position Code Sequence"},
    {0x0022001E, 0xFFFFFFFF, VR_FL, VR_FL, "1", "CameraAngleOfView", "Camera Angle Of View"},
    {0x00220020, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "StereoPairsSequence", "Stereo Pairs Sequence"},
    {0x00220021, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "LeftImageSequence", "Left Image Sequence"},
    {0x00220022, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RightImageSequence", "Right Image Sequence"},
    {0x00220028, 0xFFFFFFFF, VR_CS, VR_CS, "1", "StereoPairsPresent", "Stereo Pairs Present"},
    {0x00220030, 0xFFFFFFFF, VR_FL, VR_FL, "1", "AxialLengthOfTheEye", "Axial Length Of The Eye"},
    {0x00220031, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OphthalmicFrameLocationSequence", "Ophthalmic Frame Location Sequence"},
    {0x00220032, 0xFFFFFFFF, VR_FL, VR_FL, "2-2n", "ReferenceCoordinates", "Reference Coordinates"},
    {0x00220035, 0xFFFFFFFF, VR_FL, VR_FL, "1", "DepthSpatialResolution", "Depth Spatial Resolution"},
    {0x00220036, 0xFFFFFFFF, VR_FL, VR_FL, "1", "MaximumDepthDistortion", "Maximum Depth Distortion"},
    {0x00220037, 0xFFFFFFFF, VR_FL, VR_FL, "1", "AlongScanSpatialResolution", "Along Scan Spatial Resolution"},
    {0x00220038, 0xFFFFFFFF, VR_FL, VR_FL, "1", "MaximumAlongScanDistortion", "Maximum Along Scan Distortion"},
    {0x00220039, 0xFFFFFFFF, VR_CS, VR_CS, "1", "OphthalmicImageOrientation", "Ophthalmic Image Orientation"},
    {0x00220041, 0xFFFFFFFF, VR_FL, VR_FL, "1", "DepthOfTransverseImage", "Depth Of Transverse Image"},
    {0x00220042, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MydriaticAgentConcentrationUnitsSequence", "Mydriatic Agent Concentration Units Sequence"},
    {0x00220048, 0xFFFFFFFF, VR_FL, VR_FL, "1", "AcrossScanSpatialResolution", "Across Scan Spatial Resolution"},
    {0x00220049, 0xFFFFFFFF, VR_FL, VR_FL, "1", "MaximumAcrossScanDistortion", "Maximum Across Scan Distortion"},
    {0x0022004E, 0xFFFFFFFF, VR_DS, VR_DS, "1", "MydriaticAgentConcentration", "Mydriatic Agent Concentration"},
    {0x00220055, 0xFFFFFFFF, VR_FL, VR_FL, "1", "IlluminationWaveLength", "Illumination Wave Length"},
    {0x00220056, 0xFFFFFFFF, VR_FL, VR_FL, "1", "IlluminationPower", "Illumination Power"},
    {0x00220057, 0xFFFFFFFF, VR_FL, VR_FL, "1", "IlluminationBandwidth", "Illumination Bandwidth"},
    {0x00220058, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MydriaticAgentSequence", "Mydriatic Agent Sequence"},
    {0x00221007, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OphthalmicAxialMeasurementsRightEyeSequence", "Ophthalmic Axial Measurements Right Eye Sequence"},
    {0x00221008, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OphthalmicAxialMeasurementsLeftEyeSequence", "Ophthalmic Axial Measurements Left Eye Sequence"},
    {0x00221009, 0xFFFFFFFF, VR_CS, VR_CS, "1", "OphthalmicAxialMeasurementsDeviceType", "Ophthalmic Axial Measurements Device Type"},
    {0x00221010, 0xFFFFFFFF, VR_CS, VR_CS, "1", "OphthalmicAxialLengthMeasurementsType", "Ophthalmic Axial Length Measurements Type"},
    {0x00221012, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OphthalmicAxialLengthSequence", "Ophthalmic Axial Length Sequence"},
    {0x00221019, 0xFFFFFFFF, VR_FL, VR_FL, "1", "OphthalmicAxialLength", "Ophthalmic Axial Length"},
    {0x00221024, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "LensStatusCodeSequence", "Lens Status Code Sequence"},
    {0x00221025, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "VitreousStatusCodeSequence", "Vitreous Status Code Sequence"},
    {0x00221028, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IOLFormulaCodeSequence", "IOL Formula Code Sequence"},
    {0x00221029, 0xFFFFFFFF, VR_LO, VR_LO, "1", "IOLFormulaDetail", "IOL Formula Detail"},
    {0x00221033, 0xFFFFFFFF, VR_FL, VR_FL, "1", "KeratometerIndex", "Keratometer Index"},
    {0x00221035, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SourceOfOphthalmicAxialLengthCodeSequence", "Source Of Ophthalmic Axial Length Code Sequence"},
    {0x00221036, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SourceOfCornealSizeDataCodeSequence", "Source Of Corneal Size Data Code Sequence"},
    {0x00221037, 0xFFFFFFFF, VR_FL, VR_FL, "1", "TargetRefraction", "Target Refraction"},
    {0x00221039, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RefractiveProcedureOccurred", "Refractive Procedure Occurred"},
    {0x00221040, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RefractiveSurgeryTypeCodeSequence", "Refractive Surgery Type Code Sequence"},
    {0x00221044, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OphthalmicUltrasoundMethodCodeSequence", "Ophthalmic Ultrasound Method Code Sequence"},
    {0x00221045, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SurgicallyInducedAstigmatismSequence", "Surgically Induced Astigmatism Sequence"},
    {0x00221046, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TypeOfOpticalCorrection", "Type Of Optical Correction"},
    {0x00221047, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ToricIOLPowerSequence", "Toric IOL Power Sequence"},
    {0x00221048, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PredictedToricErrorSequence", "Predicted Toric Error Sequence"},
    {0x00221049, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PreSelectedForImplantation", "Pre Selected For Implantation"},
    {0x0022104A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ToricIOLPowerForExactEmmetropiaSequence", "Toric IOL Power For Exact Emmetropia Sequence"},
    {0x0022104B, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ToricIOLPowerForExactTargetRefractionSequence", "Toric IOL Power For Exact Target Refraction Sequence"},
    {0x00221050, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OphthalmicAxialLengthMeasurementsSequence", "Ophthalmic Axial Length Measurements Sequence"},
    {0x00221053, 0xFFFFFFFF, VR_FL, VR_FL, "1", "IOLPower", "IOL Power"},
    {0x00221054, 0xFFFFFFFF, VR_FL, VR_FL, "1", "PredictedRefractiveError", "Predicted Refractive Error"},
    {0x00221059, 0xFFFFFFFF, VR_FL, VR_FL, "1", "OphthalmicAxialLengthVelocity", "Ophthalmic Axial Length Velocity"},
    {0x00221065, 0xFFFFFFFF, VR_LO, VR_LO, "1", "LensStatusDescription", "Lens Status Description"},
    {0x00221066, 0xFFFFFFFF, VR_LO, VR_LO, "1", "VitreousStatusDescription", "Vitreous Status Description"},
    {0x00221090, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IOLPowerSequence", "IOL Power Sequence"},
    {0x00221092, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "LensConstantSequence", "Lens Constant Sequence"},
    {0x00221093, 0xFFFFFFFF, VR_LO, VR_LO, "1", "IOLManufacturer", "IOL Manufacturer"},
    {0x00221094, 0xFFFFFFFF, VR_LO, VR_LO, "1", "LensConstantDescription", "Lens Constant Description (Retired)"},
    {0x00221095, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ImplantName", "Implant Name"},
    {0x00221096, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "KeratometryMeasurementTypeCodeSequence", "Keratometry Measurement Type Code Sequence"},
    {0x00221097, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ImplantPartNumber", "Implant Part Number"},
    {0x00221100, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedOphthalmicAxialMeasurementsSequence", "Referenced Ophthalmic Axial Measurements Sequence"},
    {0x00221101, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OphthalmicAxialLengthMeasurementsSegmentNameCodeSequence", "Ophthalmic Axial Length Measurements Segment Name Code Sequence"},
    {0x00221103, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RefractiveErrorBeforeRefractiveSurgeryCodeSequence", "Refractive Error Before Refractive Surgery Code Sequence"},
    {0x00221121, 0xFFFFFFFF, VR_FL, VR_FL, "1", "IOLPowerForExactEmmetropia", "IOL Power For Exact Emmetropia"},
    {0x00221122, 0xFFFFFFFF, VR_FL, VR_FL, "1", "IOLPowerForExactTargetRefraction", "IOL Power For Exact Target Refraction"},
    {0x00221125, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AnteriorChamberDepthDefinitionCodeSequence", "Anterior Chamber Depth Definition Code Sequence"},
    {0x00221127, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "LensThicknessSequence", "Lens Thickness Sequence"},
    {0x00221128, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AnteriorChamberDepthSequence", "Anterior Chamber Depth Sequence"},
    {0x0022112A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CalculationCommentSequence", "Calculation Comment Sequence"},
    {0x0022112B, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CalculationCommentType", "Calculation Comment Type"},
    {0x0022112C, 0xFFFFFFFF, VR_LT, VR_LT, "1", "CalculationComment", "Calculation Comment"},
    {0x00221130, 0xFFFFFFFF, VR_FL, VR_FL, "1", "LensThickness", "Lens Thickness"},
    {0x00221131, 0xFFFFFFFF, VR_FL, VR_FL, "1", "AnteriorChamberDepth", "Anterior Chamber Depth"},
    {0x00221132, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SourceOfLensThicknessDataCodeSequence", "Source Of Lens Thickness Data Code Sequence"},
    {0x00221133, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SourceOfAnteriorChamberDepthDataCodeSequence", "Source Of Anterior Chamber Depth Data Code Sequence"},
    {0x00221134, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SourceOfRefractiveMeasurementsSequence", "Source Of Refractive Measurements Sequence"},
    {0x00221135, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SourceOfRefractiveMeasurementsCodeSequence", "Source Of Refractive Measurements Code Sequence"},
    {0x00221140, 0xFFFFFFFF, VR_CS, VR_CS, "1", "OphthalmicAxialLengthMeasurementModified", "Ophthalmic Axial Length Measurement Modified"},
    {0x00221150, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OphthalmicAxialLengthDataSourceCodeSequence", "Ophthalmic Axial Length Data Source Code Sequence"},
    {0x00221153, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OphthalmicAxialLengthAcquisitionMethodCodeSequence", "Ophthalmic Axial Length Acquisition Method Code Sequence (Retired)"},
    {0x00221155, 0xFFFFFFFF, VR_FL, VR_FL, "1", "SignalToNoiseRatio", "Signal To Noise Ratio"},
    {0x00221159, 0xFFFFFFFF, VR_LO, VR_LO, "1", "OphthalmicAxialLengthDataSourceDescription", "Ophthalmic Axial Length Data Source Description"},
    {0x00221210, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OphthalmicAxialLengthMeasurementsTotalLengthSequence", "Ophthalmic Axial Length Measurements Total Length Sequence"},
    {0x00221211, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OphthalmicAxialLengthMeasurementsSegmentalLengthSequence", "Ophthalmic Axial Length Measurements Segmental Length Sequence"},
    {0x00221212, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OphthalmicAxialLengthMeasurementsLengthSummationSequence", "Ophthalmic Axial Length Measurements Length Summation Sequence"},
    {0x00221220, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "UltrasoundOphthalmicAxialLengthMeasurementsSequence", "Ultrasound Ophthalmic Axial Length Measurements Sequence"},
    {0x00221225, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OpticalOphthalmicAxialLengthMeasurementsSequence", "Optical Ophthalmic Axial Length Measurements Sequence"},
    {0x00221230, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "UltrasoundSelectedOphthalmicAxialLengthSequence", "Ultrasound Selected Ophthalmic Axial Length Sequence"},
    {0x00221250, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OphthalmicAxialLengthSelectionMethodCodeSequence", "Ophthalmic Axial Length Selection Method Code Sequence"},
    {0x00221255, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OpticalSelectedOphthalmicAxialLengthSequence", "Optical Selected Ophthalmic Axial Length Sequence"},
    {0x00221257, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SelectedSegmentalOphthalmicAxialLengthSequence", "Selected Segmental Ophthalmic Axial Length Sequence"},
    {0x00221260, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SelectedTotalOphthalmicAxialLengthSequence", "Selected Total Ophthalmic Axial Length Sequence"},
    {0x00221262, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OphthalmicAxialLengthQualityMetricSequence", "Ophthalmic Axial Length Quality Metric Sequence"},
    {0x00221265, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OphthalmicAxialLengthQualityMetricTypeCodeSequence", "Ophthalmic Axial Length Quality Metric Type Code Sequence (Retired)"},
    {0x00221273, 0xFFFFFFFF, VR_LO, VR_LO, "1", "OphthalmicAxialLengthQualityMetricTypeDescription", "Ophthalmic Axial Length Quality Metric Type Description (Retired)"},
    {0x00221300, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IntraocularLensCalculationsRightEyeSequence", "Intraocular Lens Calculations Right Eye Sequence"},
    {0x00221310, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IntraocularLensCalculationsLeftEyeSequence", "Intraocular Lens Calculations Left Eye Sequence"},
    {0x00221330, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedOphthalmicAxialLengthMeasurementQCImageSequence", "Referenced Ophthalmic Axial Length Measurement QC Image Sequence"},
    {0x00221415, 0xFFFFFFFF, VR_CS, VR_CS, "1", "OphthalmicMappingDeviceType", "Ophthalmic Mapping Device Type"},
    {0x00221420, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AcquisitionMethodCodeSequence", "Acquisition Method Code Sequence"},
    {0x00221423, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AcquisitionMethodAlgorithmSequence", "Acquisition Method Algorithm Sequence"},
    {0x00221436, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OphthalmicThicknessMapTypeCodeSequence", "Ophthalmic Thickness Map Type Code Sequence"},
    {0x00221443, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OphthalmicThicknessMappingNormalsSequence", "Ophthalmic Thickness Mapping Normals Sequence"},
    {0x00221445, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RetinalThicknessDefinitionCodeSequence", "Retinal Thickness Definition Code Sequence"},
    {0x00221450, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PixelValueMappingToCodedConceptSequence", "Pixel Value Mapping To Coded Concept Sequence"},
    {0x00221452, 0xFFFFFFFF, VR_US, VR_SS, "1", "MappedPixelValue", "Mapped Pixel Value"},
    {0x00221454, 0xFFFFFFFF, VR_LO, VR_LO, "1", "PixelValueMappingExplanation", "Pixel Value Mapping Explanation"},
    {0x00221458, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OphthalmicThicknessMapQualityThresholdSequence", "Ophthalmic Thickness Map Quality Threshold Sequence"},
    {0x00221460, 0xFFFFFFFF, VR_FL, VR_FL, "1", "OphthalmicThicknessMapThresholdQualityRating", "Ophthalmic Thickness Map Threshold Quality Rating"},
    {0x00221463, 0xFFFFFFFF, VR_FL, VR_FL, "2", "AnatomicStructureReferencePoint", "Anatomic Structure Reference Point"},
    {0x00221465, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RegistrationToLocalizerSequence", "Registration To Localizer Sequence"},
    {0x00221466, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RegisteredLocalizerUnits", "Registered Localizer Units"},
    {0x00221467, 0xFFFFFFFF, VR_FL, VR_FL, "2", "RegisteredLocalizerTopLeftHandCorner", "Registered Localizer Top Left Hand Corner"},
    {0x00221468, 0xFFFFFFFF, VR_FL, VR_FL, "2", "RegisteredLocalizerBottomRightHandCorner", "Registered Localizer Bottom Right Hand Corner"},
    {0x00221470, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OphthalmicThicknessMapQualityRatingSequence", "Ophthalmic Thickness Map Quality Rating Sequence"},
    {0x00221472, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RelevantOPTAttributesSequence", "Relevant OPT Attributes Sequence"},
    {0x00221512, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TransformationMethodCodeSequence", "Transformation Method Code Sequence"},
    {0x00221513, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TransformationAlgorithmSequence", "Transformation Algorithm Sequence"},
    {0x00221515, 0xFFFFFFFF, VR_CS, VR_CS, "1", "OphthalmicAxialLengthMethod", "Ophthalmic Axial Length Method"},
    {0x00221517, 0xFFFFFFFF, VR_FL, VR_FL, "1", "OphthalmicFOV", "Ophthalmic FOV"},
    {0x00221518, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TwoDimensionalToThreeDimensionalMapSequence", "Two Dimensional To Three Dimensional Map Sequence"},
    {0x00221525, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "WideFieldOphthalmicPhotographyQualityRatingSequence", "Wide Field Ophthalmic Photography Quality Rating Sequence"},
    {0x00221526, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "WideFieldOphthalmicPhotographyQualityThresholdSequence", "Wide Field Ophthalmic Photography Quality Threshold Sequence"},
    {0x00221527, 0xFFFFFFFF, VR_FL, VR_FL, "1", "WideFieldOphthalmicPhotographyThresholdQualityRating", "Wide Field Ophthalmic Photography Threshold Quality Rating"},
    {0x00221528, 0xFFFFFFFF, VR_FL, VR_FL, "1", "XCoordinatesCenterPixelViewAngle", "X Coordinates Center Pixel View Angle"},
    {0x00221529, 0xFFFFFFFF, VR_FL, VR_FL, "1", "YCoordinatesCenterPixelViewAngle", "Y Coordinates Center Pixel View Angle"},
    {0x00221530, 0xFFFFFFFF, VR_UL, VR_UL, "1", "NumberOfMapPoints", "Number Of Map Points"},
    {0x00221531, 0xFFFFFFFF, VR_OF, VR_OF, "1", "TwoDimensionalToThreeDimensionalMapData", "Two Dimensional To Three Dimensional Map Data"},
    {0x00221612, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DerivationAlgorithmSequence", "Derivation Algorithm Sequence"},
    {0x00221615, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OphthalmicImageTypeCodeSequence", "Ophthalmic Image Type Code Sequence"},
    {0x00221616, 0xFFFFFFFF, VR_LO, VR_LO, "1", "OphthalmicImageTypeDescription", "Ophthalmic Image Type Description"},
    {0x00221618, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ScanPatternTypeCodeSequence", "Scan Pattern Type Code Sequence"},
    {0x00221620, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedSurfaceMeshIdentificationSequence", "Referenced Surface Mesh Identification Sequence"},
    {0x00221622, 0xFFFFFFFF, VR_CS, VR_CS, "1", "OphthalmicVolumetricPropertiesFlag", "Ophthalmic Volumetric Properties Flag"},
    {0x00221624, 0xFFFFFFFF, VR_FL, VR_FL, "1", "OphthalmicAnatomicReferencePointXCoordinate", "Ophthalmic Anatomic Reference Point X Coordinate"},
    {0x00221626, 0xFFFFFFFF, VR_FL, VR_FL, "1", "OphthalmicAnatomicReferencePointYCoordinate", "Ophthalmic Anatomic Reference Point Y Coordinate"},
    {0x00221628, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OphthalmicEnFaceImageQualityRatingSequence", "Ophthalmic En Face Image Quality Rating Sequence"},
    {0x00221630, 0xFFFFFFFF, VR_DS, VR_DS, "1", "QualityThreshold", "Quality Threshold"},
    {0x00221640, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OCTBscanAnalysisAcquisitionParametersSequence", "OCT Bscan Analysis Acquisition Parameters Sequence"},
    {0x00221642, 0xFFFFFFFF, VR_UL, VR_UL, "1", "NumberOfBscansPerFrame", "Number Of Bscans Per Frame"},
    {0x00221643, 0xFFFFFFFF, VR_FL, VR_FL, "1", "BscanSlabThickness", "Bscan Slab Thickness"},
    {0x00221644, 0xFFFFFFFF, VR_FL, VR_FL, "1", "DistanceBetweenBscanSlabs", "Distance Between Bscan Slabs"},
    {0x00221645, 0xFFFFFFFF, VR_FL, VR_FL, "1", "BscanCycleTime", "Bscan Cycle Time"},
    {0x00221646, 0xFFFFFFFF, VR_FL, VR_FL, "1-n", "BscanCycleTimeVector", "Bscan Cycle Time Vector"},
    {0x00221649, 0xFFFFFFFF, VR_FL, VR_FL, "1", "AscanRate", "Ascan Rate"},
    {0x00221650, 0xFFFFFFFF, VR_FL, VR_FL, "1", "BscanRate", "Bscan Rate"},
    {0x00221658, 0xFFFFFFFF, VR_UL, VR_UL, "1", "SurfaceMeshZPixelOffset", "Surface Mesh Z Pixel Offset"},
    {0x00240010, 0xFFFFFFFF, VR_FL, VR_FL, "1", "VisualFieldHorizontalExtent", "Visual Field Horizontal Extent"},
    {0x00240011, 0xFFFFFFFF, VR_FL, VR_FL, "1", "VisualFieldVerticalExtent", "Visual Field Vertical Extent"},
    {0x00240012, 0xFFFFFFFF, VR_CS, VR_CS, "1", "VisualFieldShape", "Visual Field Shape"},
    {0x00240016, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ScreeningTestModeCodeSequence", "Screening Test Mode Code Sequence"},
    {0x00240018, 0xFFFFFFFF, VR_FL, VR_FL, "1", "MaximumStimulusLuminance", "Maximum Stimulus Luminance"},
    {0x00240020, 0xFFFFFFFF, VR_FL, VR_FL, "1", "BackgroundLuminance", "Background Luminance"},
    {0x00240021, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "StimulusColorCodeSequence", "Stimulus Color Code Sequence"},
    {0x00240024, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BackgroundIlluminationColorCodeSequence", "Background Illumination Color Code Sequence"},
    {0x00240025, 0xFFFFFFFF, VR_FL, VR_FL, "1", "StimulusArea", "Stimulus Area"},
    {0x00240028, 0xFFFFFFFF, VR_FL, VR_FL, "1", "StimulusPresentationTime", "Stimulus Presentation Time"},
    {0x00240032, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FixationSequence", "Fixation Sequence"},
    {0x00240033, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FixationMonitoringCodeSequence", "Fixation Monitoring Code Sequence"},
    {0x00240034, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "VisualFieldCatchTrialSequence", "Visual Field Catch Trial Sequence"},
    {0x00240035, 0xFFFFFFFF, VR_US, VR_US, "1", "FixationCheckedQuantity", "Fixation Checked Quantity"},
    {0x00240036, 0xFFFFFFFF, VR_US, VR_US, "1", "PatientNotProperlyFixatedQuantity", "Patient Not Properly Fixated Quantity"},
    {0x00240037, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PresentedVisualStimuliDataFlag", "Presented Visual Stimuli Data Flag"},
    {0x00240038, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfVisualStimuli", "Number Of Visual Stimuli"},
    {0x00240039, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ExcessiveFixationLossesDataFlag", "Excessive Fixation Losses Data Flag"},
    {0x00240040, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ExcessiveFixationLosses", "Excessive Fixation Losses"},
    {0x00240042, 0xFFFFFFFF, VR_US, VR_US, "1", "StimuliRetestingQuantity", "Stimuli Retesting Quantity"},
    {0x00240044, 0xFFFFFFFF, VR_LT, VR_LT, "1", "CommentsOnPatientPerformanceOfVisualField", "Comments On Patient Performance Of Visual Field"},
    {0x00240045, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FalseNegativesEstimateFlag", "False Negatives Estimate Flag"},
    {0x00240046, 0xFFFFFFFF, VR_FL, VR_FL, "1", "FalseNegativesEstimate", "False Negatives Estimate"},
    {0x00240048, 0xFFFFFFFF, VR_US, VR_US, "1", "NegativeCatchTrialsQuantity", "Negative Catch Trials Quantity"},
    {0x00240050, 0xFFFFFFFF, VR_US, VR_US, "1", "FalseNegativesQuantity", "False Negatives Quantity"},
    {0x00240051, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ExcessiveFalseNegativesDataFlag", "Excessive False Negatives Data Flag"},
    {0x00240052, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ExcessiveFalseNegatives", "Excessive False Negatives"},
    {0x00240053, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FalsePositivesEstimateFlag", "False Positives Estimate Flag"},
    {0x00240054, 0xFFFFFFFF, VR_FL, VR_FL, "1", "FalsePositivesEstimate", "False Positives Estimate"},
    {0x00240055, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CatchTrialsDataFlag", "Catch Trials Data Flag"},
    {0x00240056, 0xFFFFFFFF, VR_US, VR_US, "1", "PositiveCatchTrialsQuantity", "Positive Catch Trials Quantity"},
    {0x00240057, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TestPointNormalsDataFlag", "Test Point Normals Data Flag"},
    {0x00240058, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TestPointNormalsSequence", "Test Point Normals Sequence"},
    {0x00240059, 0xFFFFFFFF, VR_CS, VR_CS, "1", "GlobalDeviationProbabilityNormalsFlag", "Global Deviation Probability Normals Flag"},
    {0x00240060, 0xFFFFFFFF, VR_US, VR_US, "1", "FalsePositivesQuantity", "False Positives Quantity"},
    {0x00240061, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ExcessiveFalsePositivesDataFlag", "Excessive False Positives Data Flag"},
    {0x00240062, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ExcessiveFalsePositives", "Excessive False Positives"},
    {0x00240063, 0xFFFFFFFF, VR_CS, VR_CS, "1", "VisualFieldTestNormalsFlag", "Visual Field Test Normals Flag"},
    {0x00240064, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ResultsNormalsSequence", "Results Normals Sequence"},
    {0x00240065, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AgeCorrectedSensitivityDeviationAlgorithmSequence", "Age Corrected Sensitivity Deviation Algorithm Sequence"},
    {0x00240066, 0xFFFFFFFF, VR_FL, VR_FL, "1", "GlobalDeviationFromNormal", "Global Deviation From Normal"},
    {0x00240067, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "GeneralizedDefectSensitivityDeviationAlgorithmSequence", "Generalized Defect Sensitivity Deviation Algorithm Sequence"},
    {0x00240068, 0xFFFFFFFF, VR_FL, VR_FL, "1", "LocalizedDeviationFromNormal", "Localized Deviation From Normal"},
    {0x00240069, 0xFFFFFFFF, VR_LO, VR_LO, "1", "PatientReliabilityIndicator", "Patient Reliability Indicator"},
    {0x00240070, 0xFFFFFFFF, VR_FL, VR_FL, "1", "VisualFieldMeanSensitivity", "Visual Field Mean Sensitivity"},
    {0x00240071, 0xFFFFFFFF, VR_FL, VR_FL, "1", "GlobalDeviationProbability", "Global Deviation Probability"},
    {0x00240072, 0xFFFFFFFF, VR_CS, VR_CS, "1", "LocalDeviationProbabilityNormalsFlag", "Local Deviation Probability Normals Flag"},
    {0x00240073, 0xFFFFFFFF, VR_FL, VR_FL, "1", "LocalizedDeviationProbability", "Localized Deviation Probability"},
    {0x00240074, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ShortTermFluctuationCalculated", "Short Term Fluctuation Calculated"},
    {0x00240075, 0xFFFFFFFF, VR_FL, VR_FL, "1", "ShortTermFluctuation", "Short Term Fluctuation"},
    {0x00240076, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ShortTermFluctuationProbabilityCalculated", "Short Term Fluctuation Probability Calculated"},
    {0x00240077, 0xFFFFFFFF, VR_FL, VR_FL, "1", "ShortTermFluctuationProbability", "Short Term Fluctuation Probability"},
    {0x00240078, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CorrectedLocalizedDeviationFromNormalCalculated", "Corrected Localized Deviation From Normal Calculated"},
    {0x00240079, 0xFFFFFFFF, VR_FL, VR_FL, "1", "CorrectedLocalizedDeviationFromNormal", "Corrected Localized Deviation From Normal"},
    {0x00240080, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CorrectedLocalizedDeviationFromNormalProbabilityCalculated", "Corrected Localized Deviation From Normal Probability Calculated"},
    {0x00240081, 0xFFFFFFFF, VR_FL, VR_FL, "1", "CorrectedLocalizedDeviationFromNormalProbability", "Corrected Localized Deviation From Normal Probability"},
    {0x00240083, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "GlobalDeviationProbabilitySequence", "Global Deviation Probability Sequence"},
    {0x00240085, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "LocalizedDeviationProbabilitySequence", "Localized Deviation Probability Sequence"},
    {0x00240086, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FovealSensitivityMeasured", "Foveal Sensitivity Measured"},
    {0x00240087, 0xFFFFFFFF, VR_FL, VR_FL, "1", "FovealSensitivity", "Foveal Sensitivity"},
    {0x00240088, 0xFFFFFFFF, VR_FL, VR_FL, "1", "VisualFieldTestDuration", "Visual Field Test Duration"},
    {0x00240089, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "VisualFieldTestPointSequence", "Visual Field Test Point Sequence"},
    {0x00240090, 0xFFFFFFFF, VR_FL, VR_FL, "1", "VisualFieldTestPointXCoordinate", "Visual Field Test Point X Coordinate"},
    {0x00240091, 0xFFFFFFFF, VR_FL, VR_FL, "1", "VisualFieldTestPointYCoordinate", "Visual Field Test Point Y Coordinate"},
    {0x00240092, 0xFFFFFFFF, VR_FL, VR_FL, "1", "AgeCorrectedSensitivityDeviationValue", "Age Corrected Sensitivity Deviation Value"},
    {0x00240093, 0xFFFFFFFF, VR_CS, VR_CS, "1", "StimulusResults", "Stimulus Results"},
    {0x00240094, 0xFFFFFFFF, VR_FL, VR_FL, "1", "SensitivityValue", "Sensitivity Value"},
    {0x00240095, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RetestStimulusSeen", "Retest Stimulus Seen"},
    {0x00240096, 0xFFFFFFFF, VR_FL, VR_FL, "1", "RetestSensitivityValue", "Retest Sensitivity Value"},
    {0x00240097, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "VisualFieldTestPointNormalsSequence", "Visual Field Test Point Normals Sequence"},
    {0x00240098, 0xFFFFFFFF, VR_FL, VR_FL, "1", "QuantifiedDefect", "Quantified Defect"},
    {0x00240100, 0xFFFFFFFF, VR_FL, VR_FL, "1", "AgeCorrectedSensitivityDeviationProbabilityValue", "Age Corrected Sensitivity Deviation Probability Value"},
    {0x00240102, 0xFFFFFFFF, VR_CS, VR_CS, "1", "GeneralizedDefectCorrectedSensitivityDeviationFlag", "Generalized Defect Corrected Sensitivity Deviation Flag"},
    {0x00240103, 0xFFFFFFFF, VR_FL, VR_FL, "1", "GeneralizedDefectCorrectedSensitivityDeviationValue", "Generalized Defect Corrected Sensitivity Deviation Value"},
    {0x00240104, 0xFFFFFFFF, VR_FL, VR_FL, "1", "GeneralizedDefectCorrectedSensitivityDeviationProbabilityValue", "Generalized Defect Corrected Sensitivity Deviation Probability Value"},
    {0x00240105, 0xFFFFFFFF, VR_FL, VR_FL, "1", "MinimumSensitivityValue", "Minimum Sensitivity Value"},
    {0x00240106, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BlindSpotLocalized", "Blind Spot Localized"},
    {0x00240107, 0xFFFFFFFF, VR_FL, VR_FL, "1", "BlindSpotXCoordinate", "Blind Spot X Coordinate"},
    {0x00240108, 0xFFFFFFFF, VR_FL, VR_FL, "1", "BlindSpotYCoordinate", "Blind Spot Y Coordinate"},
    {0x00240110, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "VisualAcuityMeasurementSequence", "Visual Acuity Measurement Sequence"},
    {0x00240112, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RefractiveParametersUsedOnPatientSequence", "Refractive Parameters Used On Patient Sequence"},
    {0x00240113, 0xFFFFFFFF, VR_CS, VR_CS, "1", "MeasurementLaterality", "Measurement Laterality"},
    {0x00240114, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OphthalmicPatientClinicalInformationLeftEyeSequence", "Ophthalmic Patient Clinical Information Left Eye Sequence"},
    {0x00240115, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OphthalmicPatientClinicalInformationRightEyeSequence", "Ophthalmic Patient Clinical Information Right Eye Sequence"},
    {0x00240117, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FovealPointNormativeDataFlag", "Foveal Point Normative Data Flag"},
    {0x00240118, 0xFFFFFFFF, VR_FL, VR_FL, "1", "FovealPointProbabilityValue", "Foveal Point Probability Value"},
    {0x00240120, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ScreeningBaselineMeasured", "Screening Baseline Measured"},
    {0x00240122, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ScreeningBaselineMeasuredSequence", "Screening Baseline Measured Sequence"},
    {0x00240124, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ScreeningBaselineType", "Screening Baseline Type"},
    {0x00240126, 0xFFFFFFFF, VR_FL, VR_FL, "1", "ScreeningBaselineValue", "Screening Baseline Value"},
    {0x00240202, 0xFFFFFFFF, VR_LO, VR_LO, "1", "AlgorithmSource", "Algorithm Source"},
    {0x00240306, 0xFFFFFFFF, VR_LO, VR_LO, "1", "DataSetName", "Data Set Name"},
    {0x00240307, 0xFFFFFFFF, VR_LO, VR_LO, "1", "DataSetVersion", "Data Set Version"},
    {0x00240308, 0xFFFFFFFF, VR_LO, VR_LO, "1", "DataSetSource", "Data Set Source"},
    {0x00240309, 0xFFFFFFFF, VR_LO, VR_LO, "1", "DataSetDescription", "Data Set Description"},
    {0x00240317, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "VisualFieldTestReliabilityGlobalIndexSequence", "Visual Field Test Reliability Global Index Sequence"},
    {0x00240320, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "VisualFieldGlobalResultsIndexSequence", "Visual Field Global Results Index Sequence"},
    {0x00240325, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DataObservationSequence", "Data Observation Sequence"},
    {0x00240338, 0xFFFFFFFF, VR_CS, VR_CS, "1", "IndexNormalsFlag", "Index Normals Flag"},
    {0x00240341, 0xFFFFFFFF, VR_FL, VR_FL, "1", "IndexProbability", "Index Probability"},
    {0x00240344, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IndexProbabilitySequence", "Index Probability Sequence"},
    {0x00280002, 0xFFFFFFFF, VR_US, VR_US, "1", "SamplesPerPixel", "Samples Per Pixel"},
    {0x00280003, 0xFFFFFFFF, VR_US, VR_US, "1", "SamplesPerPixelUsed", "Samples Per Pixel Used"},
    {0x00280004, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PhotometricInterpretation", "Photometric Interpretation"},
    {0x00280005, 0xFFFFFFFF, VR_US, VR_US, "1", "ImageDimensions", "Image Dimensions (Retired)"},
    {0x00280006, 0xFFFFFFFF, VR_US, VR_US, "1", "PlanarConfiguration", "Planar Configuration"},
    {0x00280008, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfFrames", "Number Of Frames"},
    {0x00280009, 0xFFFFFFFF, VR_AT, VR_AT, "1-n", "FrameIncrementPointer", "Frame Increment Pointer"},
    {0x0028000A, 0xFFFFFFFF, VR_AT, VR_AT, "1-n", "FrameDimensionPointer", "Frame Dimension Pointer"},
    {0x00280010, 0xFFFFFFFF, VR_US, VR_US, "1", "Rows", "Rows"},
    {0x00280011, 0xFFFFFFFF, VR_US, VR_US, "1", "Columns", "Columns"},
    {0x00280012, 0xFFFFFFFF, VR_US, VR_US, "1", "Planes", "Planes (Retired)"},
    {0x00280014, 0xFFFFFFFF, VR_US, VR_US, "1", "UltrasoundColorDataPresent", "Ultrasound Color Data Present"},
    {0x00280030, 0xFFFFFFFF, VR_DS, VR_DS, "2", "PixelSpacing", "Pixel Spacing"},
    {0x00280031, 0xFFFFFFFF, VR_DS, VR_DS, "2", "ZoomFactor", "Zoom Factor"},
    {0x00280032, 0xFFFFFFFF, VR_DS, VR_DS, "2", "ZoomCenter", "Zoom Center"},
    {0x00280034, 0xFFFFFFFF, VR_IS, VR_IS, "2", "PixelAspectRatio", "Pixel Aspect Ratio"},
    {0x00280040, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ImageFormat", "Image Format (Retired)"},
    {0x00280050, 0xFFFFFFFF, VR_LO, VR_LO, "1-n", "ManipulatedImage", "Manipulated Image (Retired)"},
    {0x00280051, 0xFFFFFFFF, VR_CS, VR_CS, "1-n", "CorrectedImage", "Corrected Image"},
    {0x0028005F, 0xFFFFFFFF, VR_LO, VR_LO, "1", "CompressionRecognitionCode", "Compression Recognition Code (Retired)"},
    {0x00280060, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CompressionCode", "Compression Code (Retired)"},
    {0x00280061, 0xFFFFFFFF, VR_SH, VR_SH, "1", "CompressionOriginator", "Compression Originator (Retired)"},
    {0x00280062, 0xFFFFFFFF, VR_LO, VR_LO, "1", "CompressionLabel", "Compression Label (Retired)"},
    {0x00280063, 0xFFFFFFFF, VR_SH, VR_SH, "1", "CompressionDescription", "Compression Description (Retired)"},
    {0x00280065, 0xFFFFFFFF, VR_CS, VR_CS, "1-n", "CompressionSequence", "Compression Sequence (Retired)"},
    {0x00280066, 0xFFFFFFFF, VR_AT, VR_AT, "1-n", "CompressionStepPointers", "Compression Step Pointers (Retired)"},
    {0x00280068, 0xFFFFFFFF, VR_US, VR_US, "1", "RepeatInterval", "Repeat Interval (Retired)"},
    {0x00280069, 0xFFFFFFFF, VR_US, VR_US, "1", "BitsGrouped", "Bits Grouped (Retired)"},
    {0x00280070, 0xFFFFFFFF, VR_US, VR_US, "1-n", "PerimeterTable", "Perimeter Table (Retired)"},
    {0x00280071, 0xFFFFFFFF, VR_US, VR_SS, "1", "PerimeterValue", "Perimeter Value (Retired)"},
    {0x00280080, 0xFFFFFFFF, VR_US, VR_US, "1", "PredictorRows", "Predictor Rows (Retired)"},
    {0x00280081, 0xFFFFFFFF, VR_US, VR_US, "1", "PredictorColumns", "Predictor Columns (Retired)"},
    {0x00280082, 0xFFFFFFFF, VR_US, VR_US, "1-n", "PredictorConstants", "Predictor Constants (Retired)"},
    {0x00280090, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BlockedPixels", "Blocked Pixels (Retired)"},
    {0x00280091, 0xFFFFFFFF, VR_US, VR_US, "1", "BlockRows", "Block Rows (Retired)"},
    {0x00280092, 0xFFFFFFFF, VR_US, VR_US, "1", "BlockColumns", "Block Columns (Retired)"},
    {0x00280093, 0xFFFFFFFF, VR_US, VR_US, "1", "RowOverlap", "Row Overlap (Retired)"},
    {0x00280094, 0xFFFFFFFF, VR_US, VR_US, "1", "ColumnOverlap", "Column Overlap (Retired)"},
    {0x00280100, 0xFFFFFFFF, VR_US, VR_US, "1", "BitsAllocated", "Bits Allocated"},
    {0x00280101, 0xFFFFFFFF, VR_US, VR_US, "1", "BitsStored", "Bits Stored"},
    {0x00280102, 0xFFFFFFFF, VR_US, VR_US, "1", "HighBit", "High Bit"},
    {0x00280103, 0xFFFFFFFF, VR_US, VR_US, "1", "PixelRepresentation", "Pixel Representation"},
    {0x00280104, 0xFFFFFFFF, VR_US, VR_SS, "1", "SmallestValidPixelValue", "Smallest Valid Pixel Value (Retired)"},
    {0x00280105, 0xFFFFFFFF, VR_US, VR_SS, "1", "LargestValidPixelValue", "Largest Valid Pixel Value (Retired)"},
    {0x00280106, 0xFFFFFFFF, VR_US, VR_SS, "1", "SmallestImagePixelValue", "Smallest Image Pixel Value"},
    {0x00280107, 0xFFFFFFFF, VR_US, VR_SS, "1", "LargestImagePixelValue", "Largest Image Pixel Value"},
    {0x00280108, 0xFFFFFFFF, VR_US, VR_SS, "1", "SmallestPixelValueInSeries", "Smallest Pixel Value In Series"},
    {0x00280109, 0xFFFFFFFF, VR_US, VR_SS, "1", "LargestPixelValueInSeries", "Largest Pixel Value In Series"},
    {0x00280110, 0xFFFFFFFF, VR_US, VR_SS, "1", "SmallestImagePixelValueInPlane", "Smallest Image Pixel Value In Plane (Retired)"},
    {0x00280111, 0xFFFFFFFF, VR_US, VR_SS, "1", "LargestImagePixelValueInPlane", "Largest Image Pixel Value In Plane (Retired)"},
    {0x00280120, 0xFFFFFFFF, VR_US, VR_SS, "1", "PixelPaddingValue", "Pixel Padding Value"},
    {0x00280121, 0xFFFFFFFF, VR_US, VR_SS, "1", "PixelPaddingRangeLimit", "Pixel Padding Range Limit"},
    {0x00280122, 0xFFFFFFFF, VR_FL, VR_FL, "1", "FloatPixelPaddingValue", "Float Pixel Padding Value"},
    {0x00280123, 0xFFFFFFFF, VR_FD, VR_FD, "1", "DoubleFloatPixelPaddingValue", "Double Float Pixel Padding Value"},
    {0x00280124, 0xFFFFFFFF, VR_FL, VR_FL, "1", "FloatPixelPaddingRangeLimit", "Float Pixel Padding Range Limit"},
    {0x00280125, 0xFFFFFFFF, VR_FD, VR_FD, "1", "DoubleFloatPixelPaddingRangeLimit", "Double Float Pixel Padding Range Limit"},
    {0x00280200, 0xFFFFFFFF, VR_US, VR_US, "1", "ImageLocation", "Image Location (Retired)"},
    {0x00280300, 0xFFFFFFFF, VR_CS, VR_CS, "1", "QualityControlImage", "Quality Control Image"},
    {0x00280301, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BurnedInAnnotation", "Burned In Annotation"},
    {0x00280302, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RecognizableVisualFeatures", "Recognizable Visual Features"},
    {0x00280303, 0xFFFFFFFF, VR_CS, VR_CS, "1", "LongitudinalTemporalInformationModified", "Longitudinal Temporal Information Modified"},
    {0x00280304, 0xFFFFFFFF, VR_UI, VR_UI, "1", "ReferencedColorPaletteInstanceUID", "Referenced Color Palette Instance UID"},
    {0x00280400, 0xFFFFFFFF, VR_LO, VR_LO, "1", "TransformLabel", "Transform Label (Retired)"},
    {0x00280401, 0xFFFFFFFF, VR_LO, VR_LO, "1", "TransformVersionNumber", "Transform Version Number (Retired)"},
    {0x00280402, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfTransformSteps", "Number Of Transform Steps (Retired)"},
    {0x00280403, 0xFFFFFFFF, VR_LO, VR_LO, "1-n", "SequenceOfCompressedData", "Sequence Of Compressed Data (Retired)"},
    {0x00280404, 0xFFFFFFFF, VR_AT, VR_AT, "1-n", "DetailsOfCoefficients", "Details Of Coefficients (Retired)"},
    {0x00280410, 0xFFFFFFFF, VR_US, VR_US, "1", "RowsForNthOrderCoefficients", "Rows For Nth Order Coefficients (Retired)"},
    {0x00280411, 0xFFFFFFFF, VR_US, VR_US, "1", "ColumnsForNthOrderCoefficients", "Columns For Nth Order Coefficients (Retired)"},
    {0x00280412, 0xFFFFFFFF, VR_LO, VR_LO, "1-n", "CoefficientCoding", "Coefficient Coding (Retired)"},
    {0x00280413, 0xFFFFFFFF, VR_AT, VR_AT, "1-n", "CoefficientCodingPointers", "Coefficient Coding Pointers (Retired)"},
    {0x00280700, 0xFFFFFFFF, VR_LO, VR_LO, "1", "DCTLabel", "DCT Label (Retired)"},
    {0x00280701, 0xFFFFFFFF, VR_CS, VR_CS, "1-n", "DataBlockDescription", "Data Block Description (Retired)"},
    {0x00280702, 0xFFFFFFFF, VR_AT, VR_AT, "1-n", "DataBlock", "Data Block (Retired)"},
    {0x00280710, 0xFFFFFFFF, VR_US, VR_US, "1", "NormalizationFactorFormat", "Normalization Factor Format (Retired)"},
    {0x00280720, 0xFFFFFFFF, VR_US, VR_US, "1", "ZonalMapNumberFormat", "Zonal Map Number Format (Retired)"},
    {0x00280721, 0xFFFFFFFF, VR_AT, VR_AT, "1-n", "ZonalMapLocation", "Zonal Map Location (Retired)"},
    {0x00280722, 0xFFFFFFFF, VR_US, VR_US, "1", "ZonalMapFormat", "Zonal Map Format (Retired)"},
    {0x00280730, 0xFFFFFFFF, VR_US, VR_US, "1", "AdaptiveMapFormat", "Adaptive Map Format (Retired)"},
    {0x00280740, 0xFFFFFFFF, VR_US, VR_US, "1", "CodeNumberFormat", "Code Number Format (Retired)"},
    {0x00280800, 0xFFFFFFFF, VR_CS, VR_CS, "1-n", "CodeLabel", "Code Label (Retired)"},
    {0x00280802, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfTables", "Number Of Tables (Retired)"},
    {0x00280803, 0xFFFFFFFF, VR_AT, VR_AT, "1-n", "CodeTableLocation", "Code Table Location (Retired)"},
    {0x00280804, 0xFFFFFFFF, VR_US, VR_US, "1", "BitsForCodeWord", "Bits For Code Word (Retired)"},
    {0x00280808, 0xFFFFFFFF, VR_AT, VR_AT, "1-n", "ImageDataLocation", "Image Data Location (Retired)"},
    {0x00280A02, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PixelSpacingCalibrationType", "Pixel Spacing Calibration Type"},
    {0x00280A04, 0xFFFFFFFF, VR_LO, VR_LO, "1", "PixelSpacingCalibrationDescription", "Pixel Spacing Calibration Description"},
    {0x00281040, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PixelIntensityRelationship", "Pixel Intensity Relationship"},
    {0x00281041, 0xFFFFFFFF, VR_SS, VR_SS, "1", "PixelIntensityRelationshipSign", "Pixel Intensity Relationship Sign"},
    {0x00281050, 0xFFFFFFFF, VR_DS, VR_DS, "1-n", "WindowCenter", "Window Center"},
    {0x00281051, 0xFFFFFFFF, VR_DS, VR_DS, "1-n", "WindowWidth", "Window Width"},
    {0x00281052, 0xFFFFFFFF, VR_DS, VR_DS, "1", "RescaleIntercept", "Rescale Intercept"},
    {0x00281053, 0xFFFFFFFF, VR_DS, VR_DS, "1", "RescaleSlope", "Rescale Slope"},
    {0x00281054, 0xFFFFFFFF, VR_LO, VR_LO, "1", "RescaleType", "Rescale Type"},
    {0x00281055, 0xFFFFFFFF, VR_LO, VR_LO, "1-n", "WindowCenterWidthExplanation", "Window Center Width Explanation"},
    {0x00281056, 0xFFFFFFFF, VR_CS, VR_CS, "1", "VOILUTFunction", "VOILUT Function"},
    {0x00281080, 0xFFFFFFFF, VR_CS, VR_CS, "1", "GrayScale", "Gray Scale (Retired)"},
    {0x00281090, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RecommendedViewingMode", "Recommended Viewing Mode"},
    {0x00281100, 0xFFFFFFFF, VR_US, VR_SS, "3", "GrayLookupTableDescriptor", "Gray Lookup Table Descriptor (Retired)"},
    {0x00281101, 0xFFFFFFFF, VR_US, VR_SS, "3", "RedPaletteColorLookupTableDescriptor", "Red Palette Color Lookup Table Descriptor"},
    {0x00281102, 0xFFFFFFFF, VR_US, VR_SS, "3", "GreenPaletteColorLookupTableDescriptor", "Green Palette Color Lookup Table Descriptor"},
    {0x00281103, 0xFFFFFFFF, VR_US, VR_SS, "3", "BluePaletteColorLookupTableDescriptor", "Blue Palette Color Lookup Table Descriptor"},
    {0x00281104, 0xFFFFFFFF, VR_US, VR_US, "3", "AlphaPaletteColorLookupTableDescriptor", "Alpha Palette Color Lookup Table Descriptor"},
    {0x00281111, 0xFFFFFFFF, VR_US, VR_SS, "4", "LargeRedPaletteColorLookupTableDescriptor", "Large Red Palette Color Lookup Table Descriptor (Retired)"},
    {0x00281112, 0xFFFFFFFF, VR_US, VR_SS, "4", "LargeGreenPaletteColorLookupTableDescriptor", "Large Green Palette Color Lookup Table Descriptor (Retired)"},
    {0x00281113, 0xFFFFFFFF, VR_US, VR_SS, "4", "LargeBluePaletteColorLookupTableDescriptor", "Large Blue Palette Color Lookup Table Descriptor (Retired)"},
    {0x00281199, 0xFFFFFFFF, VR_UI, VR_UI, "1", "PaletteColorLookupTableUID", "Palette Color Lookup Table UID"},
    {0x00281200, 0xFFFFFFFF, VR_US, VR_OW, "1-n", "GrayLookupTableData", "Gray Lookup Table Data (Retired)"},
    {0x00281201, 0xFFFFFFFF, VR_OW, VR_OW, "1", "RedPaletteColorLookupTableData", "Red Palette Color Lookup Table Data"},
    {0x00281202, 0xFFFFFFFF, VR_OW, VR_OW, "1", "GreenPaletteColorLookupTableData", "Green Palette Color Lookup Table Data"},
    {0x00281203, 0xFFFFFFFF, VR_OW, VR_OW, "1", "BluePaletteColorLookupTableData", "Blue Palette Color Lookup Table Data"},
    {0x00281204, 0xFFFFFFFF, VR_OW, VR_OW, "1", "AlphaPaletteColorLookupTableData", "Alpha Palette Color Lookup Table Data"},
    {0x00281211, 0xFFFFFFFF, VR_OW, VR_OW, "1", "LargeRedPaletteColorLookupTableData", "Large Red Palette Color Lookup Table Data (Retired)"},
    {0x00281212, 0xFFFFFFFF, VR_OW, VR_OW, "1", "LargeGreenPaletteColorLookupTableData", "Large Green Palette Color Lookup Table Data (Retired)"},
    {0x00281213, 0xFFFFFFFF, VR_OW, VR_OW, "1", "LargeBluePaletteColorLookupTableData", "Large Blue Palette Color Lookup Table Data (Retired)"},
    {0x00281214, 0xFFFFFFFF, VR_UI, VR_UI, "1", "LargePaletteColorLookupTableUID", "Large Palette Color Lookup Table UID (Retired)"},
    {0x00281221, 0xFFFFFFFF, VR_OW, VR_OW, "1", "SegmentedRedPaletteColorLookupTableData", "Segmented Red Palette Color Lookup Table Data"},
    {0x00281222, 0xFFFFFFFF, VR_OW, VR_OW, "1", "SegmentedGreenPaletteColorLookupTableData", "Segmented Green Palette Color Lookup Table Data"},
    {0x00281223, 0xFFFFFFFF, VR_OW, VR_OW, "1", "SegmentedBluePaletteColorLookupTableData", "Segmented Blue Palette Color Lookup Table Data"},
    {0x00281224, 0xFFFFFFFF, VR_OW, VR_OW, "1", "SegmentedAlphaPaletteColorLookupTableData", "Segmented Alpha Palette Color Lookup Table Data"},
    {0x00281230, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "StoredValueColorRangeSequence", "Stored Value Color Range Sequence"},
    {0x00281231, 0xFFFFFFFF, VR_FD, VR_FD, "1", "MinimumStoredValueMapped", "Minimum Stored Value Mapped"},
    {0x00281232, 0xFFFFFFFF, VR_FD, VR_FD, "1", "MaximumStoredValueMapped", "Maximum Stored Value Mapped"},
    {0x00281300, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BreastImplantPresent", "Breast Implant Present"},
    {0x00281350, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PartialView", "Partial View"},
    {0x00281351, 0xFFFFFFFF, VR_ST, VR_ST, "1", "PartialViewDescription", "Partial View Description"},
    {0x00281352, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PartialViewCodeSequence", "Partial View Code Sequence"},
    {0x0028135A, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SpatialLocationsPreserved", "Spatial Locations Preserved"},
    {0x00281401, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DataFrameAssignmentSequence", "Data Frame Assignment Sequence"},
    {0x00281402, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DataPathAssignment", "Data Path Assignment"},
    {0x00281403, 0xFFFFFFFF, VR_US, VR_US, "1", "BitsMappedToColorLookupTable", "Bits Mapped To Color Lookup Table"},
    {0x00281404, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BlendingLUT1Sequence", "Blending LUT1 Sequence"},
    {0x00281405, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BlendingLUT1TransferFunction", "Blending LUT1 Transfer Function"},
    {0x00281406, 0xFFFFFFFF, VR_FD, VR_FD, "1", "BlendingWeightConstant", "Blending Weight Constant"},
    {0x00281407, 0xFFFFFFFF, VR_US, VR_US, "3", "BlendingLookupTableDescriptor", "Blending Lookup Table Descriptor"},
    {0x00281408, 0xFFFFFFFF, VR_OW, VR_OW, "1", "BlendingLookupTableData", "Blending Lookup Table Data"},
    {0x0028140B, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "EnhancedPaletteColorLookupTableSequence", "Enhanced Palette Color Lookup Table Sequence"},
    {0x0028140C, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BlendingLUT2Sequence", "Blending LUT2 Sequence"},
    {0x0028140D, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BlendingLUT2TransferFunction", "Blending LUT2 Transfer Function"},
    {0x0028140E, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DataPathID", "Data Path ID"},
    {0x0028140F, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RGBLUTTransferFunction", "RGBLUT Transfer Function"},
    {0x00281410, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AlphaLUTTransferFunction", "Alpha LUT Transfer Function"},
    {0x00282000, 0xFFFFFFFF, VR_OB, VR_OB, "1", "ICCProfile", "ICC Profile"},
    {0x00282002, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ColorSpace", "Color Space"},
    {0x00282110, 0xFFFFFFFF, VR_CS, VR_CS, "1", "LossyImageCompression", "Lossy Image Compression"},
    {0x00282112, 0xFFFFFFFF, VR_DS, VR_DS, "1-n", "LossyImageCompressionRatio", "Lossy Image Compression Ratio"},
    {0x00282114, 0xFFFFFFFF, VR_CS, VR_CS, "1-n", "LossyImageCompressionMethod", "Lossy Image Compression Method"},
    {0x00283000, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ModalityLUTSequence", "Modality LUT Sequence"},
    {0x00283002, 0xFFFFFFFF, VR_US, VR_SS, "3", "LUTDescriptor", "LUT Descriptor"},
    {0x00283003, 0xFFFFFFFF, VR_LO, VR_LO, "1", "LUTExplanation", "LUT Explanation"},
    {0x00283004, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ModalityLUTType", "Modality LUT Type"},
    {0x00283006, 0xFFFFFFFF, VR_US, VR_OW, "1-n", "LUTData", "LUT Data"},
    {0x00283010, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "VOILUTSequence", "VOILUT Sequence"},
    {0x00283110, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SoftcopyVOILUTSequence", "Softcopy VOILUT Sequence"},
    {0x00284000, 0xFFFFFFFF, VR_LT, VR_LT, "1", "ImagePresentationComments", "Image Presentation Comments (Retired)"},
    {0x00285000, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BiPlaneAcquisitionSequence", "Bi Plane Acquisition Sequence (Retired)"},
    {0x00286010, 0xFFFFFFFF, VR_US, VR_US, "1", "RepresentativeFrameNumber", "Representative Frame Number"},
    {0x00286020, 0xFFFFFFFF, VR_US, VR_US, "1-n", "FrameNumbersOfInterest", "Frame Numbers Of Interest"},
    {0x00286022, 0xFFFFFFFF, VR_LO, VR_LO, "1-n", "FrameOfInterestDescription", "Frame Of Interest Description"},
    {0x00286023, 0xFFFFFFFF, VR_CS, VR_CS, "1-n", "FrameOfInterestType", "Frame Of Interest Type"},
    {0x00286030, 0xFFFFFFFF, VR_US, VR_US, "1-n", "MaskPointers", "Mask Pointers (Retired)"},
    {0x00286040, 0xFFFFFFFF, VR_US, VR_US, "1-n", "RWavePointer", "R Wave Pointer"},
    {0x00286100, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MaskSubtractionSequence", "Mask Subtraction Sequence"},
    {0x00286101, 0xFFFFFFFF, VR_CS, VR_CS, "1", "MaskOperation", "Mask Operation"},
    {0x00286102, 0xFFFFFFFF, VR_US, VR_US, "2-2n", "ApplicableFrameRange", "Applicable Frame Range"},
    {0x00286110, 0xFFFFFFFF, VR_US, VR_US, "1-n", "MaskFrameNumbers", "Mask Frame Numbers"},
    {0x00286112, 0xFFFFFFFF, VR_US, VR_US, "1", "ContrastFrameAveraging", "Contrast Frame Averaging"},
    {0x00286114, 0xFFFFFFFF, VR_FL, VR_FL, "2", "MaskSubPixelShift", "Mask Sub Pixel Shift"},
    {0x00286120, 0xFFFFFFFF, VR_SS, VR_SS, "1", "TIDOffset", "TID Offset"},
    {0x00286190, 0xFFFFFFFF, VR_ST, VR_ST, "1", "MaskOperationExplanation", "Mask Operation Explanation"},
    {0x00287000, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "EquipmentAdministratorSequence", "Equipment Administrator Sequence"},
    {0x00287001, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfDisplaySubsystems", "Number Of Display Subsystems"},
    {0x00287002, 0xFFFFFFFF, VR_US, VR_US, "1", "CurrentConfigurationID", "Current Configuration ID"},
    {0x00287003, 0xFFFFFFFF, VR_US, VR_US, "1", "DisplaySubsystemID", "Display Subsystem ID"},
    {0x00287004, 0xFFFFFFFF, VR_SH, VR_SH, "1", "DisplaySubsystemName", "Display Subsystem Name"},
    {0x00287005, 0xFFFFFFFF, VR_LO, VR_LO, "1", "DisplaySubsystemDescription", "Display Subsystem Description"},
    {0x00287006, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SystemStatus", "System Status"},
    {0x00287007, 0xFFFFFFFF, VR_LO, VR_LO, "1", "SystemStatusComment", "System Status Comment"},
    {0x00287008, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TargetLuminanceCharacteristicsSequence", "Target Luminance Characteristics Sequence"},
    {0x00287009, 0xFFFFFFFF, VR_US, VR_US, "1", "LuminanceCharacteristicsID", "Luminance Characteristics ID"},
    {0x0028700A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DisplaySubsystemConfigurationSequence", "Display Subsystem Configuration Sequence"},
    {0x0028700B, 0xFFFFFFFF, VR_US, VR_US, "1", "ConfigurationID", "Configuration ID"},
    {0x0028700C, 0xFFFFFFFF, VR_SH, VR_SH, "1", "ConfigurationName", "Configuration Name"},
    {0x0028700D, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ConfigurationDescription", "Configuration Description"},
    {0x0028700E, 0xFFFFFFFF, VR_US, VR_US, "1", "ReferencedTargetLuminanceCharacteristicsID", "Referenced Target Luminance Characteristics ID"},
    {0x0028700F, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "QAResultsSequence", "QA Results Sequence"},
    {0x00287010, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DisplaySubsystemQAResultsSequence", "Display Subsystem QA Results Sequence"},
    {0x00287011, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ConfigurationQAResultsSequence", "Configuration QA Results Sequence"},
    {0x00287012, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MeasurementEquipmentSequence", "Measurement Equipment Sequence"},
    {0x00287013, 0xFFFFFFFF, VR_CS, VR_CS, "1-n", "MeasurementFunctions", "Measurement Functions"},
    {0x00287014, 0xFFFFFFFF, VR_CS, VR_CS, "1", "MeasurementEquipmentType", "Measurement Equipment Type"},
    {0x00287015, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "VisualEvaluationResultSequence", "Visual Evaluation Result Sequence"},
    {0x00287016, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DisplayCalibrationResultSequence", "Display Calibration Result Sequence"},
    {0x00287017, 0xFFFFFFFF, VR_US, VR_US, "1", "DDLValue", "DDL Value"},
    {0x00287018, 0xFFFFFFFF, VR_FL, VR_FL, "2", "CIExyWhitePoint", "CI Exy White Point"},
    {0x00287019, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DisplayFunctionType", "Display Function Type"},
    {0x0028701A, 0xFFFFFFFF, VR_FL, VR_FL, "1", "GammaValue", "Gamma Value"},
    {0x0028701B, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfLuminancePoints", "Number Of Luminance Points"},
    {0x0028701C, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "LuminanceResponseSequence", "Luminance Response Sequence"},
    {0x0028701D, 0xFFFFFFFF, VR_FL, VR_FL, "1", "TargetMinimumLuminance", "Target Minimum Luminance"},
    {0x0028701E, 0xFFFFFFFF, VR_FL, VR_FL, "1", "TargetMaximumLuminance", "Target Maximum Luminance"},
    {0x0028701F, 0xFFFFFFFF, VR_FL, VR_FL, "1", "LuminanceValue", "Luminance Value"},
    {0x00287020, 0xFFFFFFFF, VR_LO, VR_LO, "1", "LuminanceResponseDescription", "Luminance Response Description"},
    {0x00287021, 0xFFFFFFFF, VR_CS, VR_CS, "1", "WhitePointFlag", "White Point Flag"},
    {0x00287022, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DisplayDeviceTypeCodeSequence", "Display Device Type Code Sequence"},
    {0x00287023, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DisplaySubsystemSequence", "Display Subsystem Sequence"},
    {0x00287024, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "LuminanceResultSequence", "Luminance Result Sequence"},
    {0x00287025, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AmbientLightValueSource", "Ambient Light Value Source"},
    {0x00287026, 0xFFFFFFFF, VR_CS, VR_CS, "1-n", "MeasuredCharacteristics", "Measured Characteristics"},
    {0x00287027, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "LuminanceUniformityResultSequence", "Luminance Uniformity Result Sequence"},
    {0x00287028, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "VisualEvaluationTestSequence", "Visual Evaluation Test Sequence"},
    {0x00287029, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TestResult", "Test Result"},
    {0x0028702A, 0xFFFFFFFF, VR_LO, VR_LO, "1", "TestResultComment", "Test Result Comment"},
    {0x0028702B, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TestImageValidation", "Test Image Validation"},
    {0x0028702C, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TestPatternCodeSequence", "Test Pattern Code Sequence"},
    {0x0028702D, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MeasurementPatternCodeSequence", "Measurement Pattern Code Sequence"},
    {0x0028702E, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "VisualEvaluationMethodCodeSequence", "Visual Evaluation Method Code Sequence"},
    {0x00287FE0, 0xFFFFFFFF, VR_UR, VR_UR, "1", "PixelDataProviderURL", "Pixel Data Provider URL"},
    {0x00289001, 0xFFFFFFFF, VR_UL, VR_UL, "1", "DataPointRows", "Data Point Rows"},
    {0x00289002, 0xFFFFFFFF, VR_UL, VR_UL, "1", "DataPointColumns", "Data Point Columns"},
    {0x00289003, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SignalDomainColumns", "Signal Domain Columns"},
    {0x00289099, 0xFFFFFFFF, VR_US, VR_US, "1", "LargestMonochromePixelValue", "Largest Monochrome Pixel Value (Retired)"},
    {0x00289108, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DataRepresentation", "Data Representation"},
    {0x00289110, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PixelMeasuresSequence", "Pixel Measures Sequence"},
    {0x00289132, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FrameVOILUTSequence", "Frame VOILUT Sequence"},
    {0x00289145, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PixelValueTransformationSequence", "Pixel Value Transformation Sequence"},
    {0x00289235, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SignalDomainRows", "Signal Domain Rows"},
    {0x00289411, 0xFFFFFFFF, VR_FL, VR_FL, "1", "DisplayFilterPercentage", "Display Filter Percentage"},
    {0x00289415, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FramePixelShiftSequence", "Frame Pixel Shift Sequence"},
    {0x00289416, 0xFFFFFFFF, VR_US, VR_US, "1", "SubtractionItemID", "Subtraction Item ID"},
    {0x00289422, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PixelIntensityRelationshipLUTSequence", "Pixel Intensity Relationship LUT Sequence"},
    {0x00289443, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FramePixelDataPropertiesSequence", "Frame Pixel Data Properties Sequence"},
    {0x00289444, 0xFFFFFFFF, VR_CS, VR_CS, "1", "GeometricalProperties", "Geometrical Properties"},
    {0x00289445, 0xFFFFFFFF, VR_FL, VR_FL, "1", "GeometricMaximumDistortion", "Geometric Maximum Distortion"},
    {0x00289446, 0xFFFFFFFF, VR_CS, VR_CS, "1-n", "ImageProcessingApplied", "Image Processing Applied"},
    {0x00289454, 0xFFFFFFFF, VR_CS, VR_CS, "1", "MaskSelectionMode", "Mask Selection Mode"},
    {0x00289474, 0xFFFFFFFF, VR_CS, VR_CS, "1", "LUTFunction", "LUT Function"},
    {0x00289478, 0xFFFFFFFF, VR_FL, VR_FL, "1", "MaskVisibilityPercentage", "Mask Visibility Percentage"},
    {0x00289501, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PixelShiftSequence", "Pixel Shift Sequence"},
    {0x00289502, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RegionPixelShiftSequence", "Region Pixel Shift Sequence"},
    {0x00289503, 0xFFFFFFFF, VR_SS, VR_SS, "2-2n", "VerticesOfTheRegion", "Vertices Of The Region"},
    {0x00289505, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MultiFramePresentationSequence", "Multi Frame Presentation Sequence"},
    {0x00289506, 0xFFFFFFFF, VR_US, VR_US, "2-2n", "PixelShiftFrameRange", "Pixel Shift Frame Range"},
    {0x00289507, 0xFFFFFFFF, VR_US, VR_US, "2-2n", "LUTFrameRange", "LUT Frame Range"},
    {0x00289520, 0xFFFFFFFF, VR_DS, VR_DS, "16", "ImageToEquipmentMappingMatrix", "Image To Equipment Mapping Matrix"},
    {0x00289537, 0xFFFFFFFF, VR_CS, VR_CS, "1", "EquipmentCoordinateSystemIdentification", "Equipment Coordinate System Identification"},
    {0x0032000A, 0xFFFFFFFF, VR_CS, VR_CS, "1", "StudyStatusID", "Study Status ID (Retired)"},
    {0x0032000C, 0xFFFFFFFF, VR_CS, VR_CS, "1", "StudyPriorityID", "Study Priority ID (Retired)"},
    {0x00320012, 0xFFFFFFFF, VR_LO, VR_LO, "1", "StudyIDIssuer", "Study ID Issuer (Retired)"},
    {0x00320032, 0xFFFFFFFF, VR_DA, VR_DA, "1", "StudyVerifiedDate", "Study Verified Date (Retired)"},
    {0x00320033, 0xFFFFFFFF, VR_TM, VR_TM, "1", "StudyVerifiedTime", "Study Verified Time (Retired)"},
    {0x00320034, 0xFFFFFFFF, VR_DA, VR_DA, "1", "StudyReadDate", "Study Read Date (Retired)"},
    {0x00320035, 0xFFFFFFFF, VR_TM, VR_TM, "1", "StudyReadTime", "Study Read Time (Retired)"},
    {0x00321000, 0xFFFFFFFF, VR_DA, VR_DA, "1", "ScheduledStudyStartDate", "Scheduled Study Start Date (Retired)"},
    {0x00321001, 0xFFFFFFFF, VR_TM, VR_TM, "1", "ScheduledStudyStartTime", "Scheduled Study Start Time (Retired)"},
    {0x00321010, 0xFFFFFFFF, VR_DA, VR_DA, "1", "ScheduledStudyStopDate", "Scheduled Study Stop Date (Retired)"},
    {0x00321011, 0xFFFFFFFF, VR_TM, VR_TM, "1", "ScheduledStudyStopTime", "Scheduled Study Stop Time (Retired)"},
    {0x00321020, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ScheduledStudyLocation", "Scheduled Study Location (Retired)"},
    {0x00321021, 0xFFFFFFFF, VR_AE, VR_AE, "1-n", "ScheduledStudyLocationAETitle", "Scheduled Study Location AE Title (Retired)"},
    {0x00321030, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ReasonForStudy", "Reason For Study (Retired)"},
    {0x00321031, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RequestingPhysicianIdentificationSequence", "Requesting Physician Identification Sequence"},
    {0x00321032, 0xFFFFFFFF, VR_PN, VR_PN, "1", "RequestingPhysician", "Requesting Physician"},
    {0x00321033, 0xFFFFFFFF, VR_LO, VR_LO, "1", "RequestingService", "Requesting Service"},
    {0x00321034, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RequestingServiceCodeSequence", "Requesting Service Code Sequence"},
    {0x00321040, 0xFFFFFFFF, VR_DA, VR_DA, "1", "StudyArrivalDate", "Study Arrival Date (Retired)"},
    {0x00321041, 0xFFFFFFFF, VR_TM, VR_TM, "1", "StudyArrivalTime", "Study Arrival Time (Retired)"},
    {0x00321050, 0xFFFFFFFF, VR_DA, VR_DA, "1", "StudyCompletionDate", "Study Completion Date (Retired)"},
    {0x00321051, 0xFFFFFFFF, VR_TM, VR_TM, "1", "StudyCompletionTime", "Study Completion Time (Retired)"},
    {0x00321055, 0xFFFFFFFF, VR_CS, VR_CS, "1", "StudyComponentStatusID", "Study Component Status ID (Retired)"},
    {0x00321060, 0xFFFFFFFF, VR_LO, VR_LO, "1", "RequestedProcedureDescription", "Requested Procedure Description"},
    {0x00321064, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RequestedProcedureCodeSequence", "Requested Procedure Code Sequence"},
    {0x00321065, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RequestedLateralityCodeSequence", "Requested Laterality Code Sequence"},
    {0x00321066, 0xFFFFFFFF, VR_UT, VR_UT, "1", "ReasonForVisit", "Reason For Visit"},
    {0x00321067, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReasonForVisitCodeSequence", "Reason For Visit Code Sequence"},
    {0x00321070, 0xFFFFFFFF, VR_LO, VR_LO, "1", "RequestedContrastAgent", "Requested Contrast Agent"},
    {0x00324000, 0xFFFFFFFF, VR_LT, VR_LT, "1", "StudyComments", "Study Comments (Retired)"},
    {0x00340001, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FlowIdentifierSequence", "Flow Identifier Sequence"},
    {0x00340002, 0xFFFFFFFF, VR_OB, VR_OB, "1", "FlowIdentifier", "Flow Identifier"},
    {0x00340003, 0xFFFFFFFF, VR_UI, VR_UI, "1", "FlowTransferSyntaxUID", "Flow Transfer Syntax UID"},
    {0x00340004, 0xFFFFFFFF, VR_UL, VR_UL, "1", "FlowRTPSamplingRate", "Flow RTP Sampling Rate"},
    {0x00340005, 0xFFFFFFFF, VR_OB, VR_OB, "1", "SourceIdentifier", "Source Identifier"},
    {0x00340007, 0xFFFFFFFF, VR_OB, VR_OB, "1", "FrameOriginTimestamp", "Frame Origin Timestamp"},
    {0x00340008, 0xFFFFFFFF, VR_CS, VR_CS, "1", "IncludesImagingSubject", "Includes Imaging Subject"},
    {0x00340009, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FrameUsefulnessGroupSequence", "Frame Usefulness Group Sequence"},
    {0x0034000A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RealTimeBulkDataFlowSequence", "Real Time Bulk Data Flow Sequence"},
    {0x0034000B, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CameraPositionGroupSequence", "Camera Position Group Sequence"},
    {0x0034000C, 0xFFFFFFFF, VR_CS, VR_CS, "1", "IncludesInformation", "Includes Information"},
    {0x0034000D, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TimeOfFrameGroupSequence", "Time Of Frame Group Sequence"},
    {0x00380004, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedPatientAliasSequence", "Referenced Patient Alias Sequence"},
    {0x00380008, 0xFFFFFFFF, VR_CS, VR_CS, "1", "VisitStatusID", "Visit Status ID"},
    {0x00380010, 0xFFFFFFFF, VR_LO, VR_LO, "1", "AdmissionID", "Admission ID"},
    {0x00380011, 0xFFFFFFFF, VR_LO, VR_LO, "1", "IssuerOfAdmissionID", "Issuer Of Admission ID (Retired)"},
    {0x00380014, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IssuerOfAdmissionIDSequence", "Issuer Of Admission ID Sequence"},
    {0x00380016, 0xFFFFFFFF, VR_LO, VR_LO, "1", "RouteOfAdmissions", "Route Of Admissions"},
    {0x0038001A, 0xFFFFFFFF, VR_DA, VR_DA, "1", "ScheduledAdmissionDate", "Scheduled Admission Date (Retired)"},
    {0x0038001B, 0xFFFFFFFF, VR_TM, VR_TM, "1", "ScheduledAdmissionTime", "Scheduled Admission Time (Retired)"},
    {0x0038001C, 0xFFFFFFFF, VR_DA, VR_DA, "1", "ScheduledDischargeDate", "Scheduled Discharge Date (Retired)"},
    {0x0038001D, 0xFFFFFFFF, VR_TM, VR_TM, "1", "ScheduledDischargeTime", "Scheduled Discharge Time (Retired)"},
    {0x0038001E, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ScheduledPatientInstitutionResidence", "Scheduled Patient Institution Residence (Retired)"},
    {0x00380020, 0xFFFFFFFF, VR_DA, VR_DA, "1", "AdmittingDate", "Admitting Date"},
    {0x00380021, 0xFFFFFFFF, VR_TM, VR_TM, "1", "AdmittingTime", "Admitting Time"},
    {0x00380030, 0xFFFFFFFF, VR_DA, VR_DA, "1", "DischargeDate", "Discharge Date (Retired)"},
    {0x00380032, 0xFFFFFFFF, VR_TM, VR_TM, "1", "DischargeTime", "Discharge Time (Retired)"},
    {0x00380040, 0xFFFFFFFF, VR_LO, VR_LO, "1", "DischargeDiagnosisDescription", "Discharge Diagnosis Description (Retired)"},
    {0x00380044, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DischargeDiagnosisCodeSequence", "Discharge Diagnosis Code Sequence (Retired)"},
    {0x00380050, 0xFFFFFFFF, VR_LO, VR_LO, "1", "SpecialNeeds", "Special Needs"},
    {0x00380060, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ServiceEpisodeID", "Service Episode ID"},
    {0x00380061, 0xFFFFFFFF, VR_LO, VR_LO, "1", "IssuerOfServiceEpisodeID", "Issuer Of Service Episode ID (Retired)"},
    {0x00380062, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ServiceEpisodeDescription", "Service Episode Description"},
    {0x00380064, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IssuerOfServiceEpisodeIDSequence", "Issuer Of Service Episode ID Sequence"},
    {0x00380100, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PertinentDocumentsSequence", "Pertinent Documents Sequence"},
    {0x00380101, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PertinentResourcesSequence", "Pertinent Resources Sequence"},
    {0x00380102, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ResourceDescription", "Resource Description"},
    {0x00380300, 0xFFFFFFFF, VR_LO, VR_LO, "1", "CurrentPatientLocation", "Current Patient Location"},
    {0x00380400, 0xFFFFFFFF, VR_LO, VR_LO, "1", "PatientInstitutionResidence", "Patient Institution Residence"},
    {0x00380500, 0xFFFFFFFF, VR_LO, VR_LO, "1", "PatientState", "Patient State"},
    {0x00380502, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PatientClinicalTrialParticipationSequence", "Patient Clinical Trial Participation Sequence"},
    {0x00384000, 0xFFFFFFFF, VR_LT, VR_LT, "1", "VisitComments", "Visit Comments"},
    {0x003A0004, 0xFFFFFFFF, VR_CS, VR_CS, "1", "WaveformOriginality", "Waveform Originality"},
    {0x003A0005, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfWaveformChannels", "Number Of Waveform Channels"},
    {0x003A0010, 0xFFFFFFFF, VR_UL, VR_UL, "1", "NumberOfWaveformSamples", "Number Of Waveform Samples"},
    {0x003A001A, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SamplingFrequency", "Sampling Frequency"},
    {0x003A0020, 0xFFFFFFFF, VR_SH, VR_SH, "1", "MultiplexGroupLabel", "Multiplex Group Label"},
    {0x003A0200, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ChannelDefinitionSequence", "Channel Definition Sequence"},
    {0x003A0202, 0xFFFFFFFF, VR_IS, VR_IS, "1", "WaveformChannelNumber", "Waveform Channel Number"},
    {0x003A0203, 0xFFFFFFFF, VR_SH, VR_SH, "1", "ChannelLabel", "Channel Label"},
    {0x003A0205, 0xFFFFFFFF, VR_CS, VR_CS, "1-n", "ChannelStatus", "Channel Status"},
    {0x003A0208, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ChannelSourceSequence", "Channel Source Sequence"},
    {0x003A0209, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ChannelSourceModifiersSequence", "Channel Source Modifiers Sequence"},
    {0x003A020A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SourceWaveformSequence", "Source Waveform Sequence"},
    {0x003A020C, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ChannelDerivationDescription", "Channel Derivation Description"},
    {0x003A0210, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ChannelSensitivity", "Channel Sensitivity"},
    {0x003A0211, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ChannelSensitivityUnitsSequence", "Channel Sensitivity Units Sequence"},
    {0x003A0212, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ChannelSensitivityCorrectionFactor", "Channel Sensitivity Correction Factor"},
    {0x003A0213, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ChannelBaseline", "Channel Baseline"},
    {0x003A0214, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ChannelTimeSkew", "Channel Time Skew"},
    {0x003A0215, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ChannelSampleSkew", "Channel Sample Skew"},
    {0x003A0218, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ChannelOffset", "Channel Offset"},
    {0x003A021A, 0xFFFFFFFF, VR_US, VR_US, "1", "WaveformBitsStored", "Waveform Bits Stored"},
    {0x003A0220, 0xFFFFFFFF, VR_DS, VR_DS, "1", "FilterLowFrequency", "Filter Low Frequency"},
    {0x003A0221, 0xFFFFFFFF, VR_DS, VR_DS, "1", "FilterHighFrequency", "Filter High Frequency"},
    {0x003A0222, 0xFFFFFFFF, VR_DS, VR_DS, "1", "NotchFilterFrequency", "Notch Filter Frequency"},
    {0x003A0223, 0xFFFFFFFF, VR_DS, VR_DS, "1", "NotchFilterBandwidth", "Notch Filter Bandwidth"},
    {0x003A0230, 0xFFFFFFFF, VR_FL, VR_FL, "1", "WaveformDataDisplayScale", "Waveform Data Display Scale"},
    {0x003A0231, 0xFFFFFFFF, VR_US, VR_US, "3", "WaveformDisplayBackgroundCIELabValue", "Waveform Display Background CIE Lab Value"},
    {0x003A0240, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "WaveformPresentationGroupSequence", "Waveform Presentation Group Sequence"},
    {0x003A0241, 0xFFFFFFFF, VR_US, VR_US, "1", "PresentationGroupNumber", "Presentation Group Number"},
    {0x003A0242, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ChannelDisplaySequence", "Channel Display Sequence"},
    {0x003A0244, 0xFFFFFFFF, VR_US, VR_US, "3", "ChannelRecommendedDisplayCIELabValue", "Channel Recommended Display CIE Lab Value"},
    {0x003A0245, 0xFFFFFFFF, VR_FL, VR_FL, "1", "ChannelPosition", "Channel Position"},
    {0x003A0246, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DisplayShadingFlag", "Display Shading Flag"},
    {0x003A0247, 0xFFFFFFFF, VR_FL, VR_FL, "1", "FractionalChannelDisplayScale", "Fractional Channel Display Scale"},
    {0x003A0248, 0xFFFFFFFF, VR_FL, VR_FL, "1", "AbsoluteChannelDisplayScale", "Absolute Channel Display Scale"},
    {0x003A0300, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MultiplexedAudioChannelsDescriptionCodeSequence", "Multiplexed Audio Channels Description Code Sequence"},
    {0x003A0301, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ChannelIdentificationCode", "Channel Identification Code"},
    {0x003A0302, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ChannelMode", "Channel Mode"},
    {0x003A0310, 0xFFFFFFFF, VR_UI, VR_UI, "1", "MultiplexGroupUID", "Multiplex Group UID"},
    {0x003A0311, 0xFFFFFFFF, VR_DS, VR_DS, "1", "PowerlineFrequency", "Powerline Frequency"},
    {0x003A0312, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ChannelImpedanceSequence", "Channel Impedance Sequence"},
    {0x003A0313, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ImpedanceValue", "Impedance Value"},
    {0x003A0314, 0xFFFFFFFF, VR_DT, VR_DT, "1", "ImpedanceMeasurementDateTime", "Impedance Measurement Date Time"},
    {0x003A0315, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ImpedanceMeasurementFrequency", "Impedance Measurement Frequency"},
    {0x003A0316, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ImpedanceMeasurementCurrentType", "Impedance Measurement Current Type"},
    {0x00400001, 0xFFFFFFFF, VR_AE, VR_AE, "1-n", "ScheduledStationAETitle", "Scheduled Station AE Title"},
    {0x00400002, 0xFFFFFFFF, VR_DA, VR_DA, "1", "ScheduledProcedureStepStartDate", "Scheduled Procedure Step Start Date"},
    {0x00400003, 0xFFFFFFFF, VR_TM, VR_TM, "1", "ScheduledProcedureStepStartTime", "Scheduled Procedure Step Start Time"},
    {0x00400004, 0xFFFFFFFF, VR_DA, VR_DA, "1", "ScheduledProcedureStepEndDate", "Scheduled Procedure Step End Date"},
    {0x00400005, 0xFFFFFFFF, VR_TM, VR_TM, "1", "ScheduledProcedureStepEndTime", "Scheduled Procedure Step End Time"},
    {0x00400006, 0xFFFFFFFF, VR_PN, VR_PN, "1", "ScheduledPerformingPhysicianName", "Scheduled Performing Physician Name"},
    {0x00400007, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ScheduledProcedureStepDescription", "Scheduled Procedure Step Description"},
    {0x00400008, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ScheduledProtocolCodeSequence", "Scheduled Protocol Code Sequence"},
    {0x00400009, 0xFFFFFFFF, VR_SH, VR_SH, "1", "ScheduledProcedureStepID", "Scheduled Procedure Step ID"},
    {0x0040000A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "StageCodeSequence", "Stage Code Sequence"},
    {0x0040000B, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ScheduledPerformingPhysicianIdentificationSequence", "Scheduled Performing Physician Identification Sequence"},
    {0x00400010, 0xFFFFFFFF, VR_SH, VR_SH, "1-n", "ScheduledStationName", "Scheduled Station Name"},
    {0x00400011, 0xFFFFFFFF, VR_SH, VR_SH, "1", "ScheduledProcedureStepLocation", "Scheduled Procedure Step Location"},
    {0x00400012, 0xFFFFFFFF, VR_LO, VR_LO, "1", "PreMedication", "Pre Medication"},
    {0x00400020, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ScheduledProcedureStepStatus", "Scheduled Procedure Step Status"},
    {0x00400026, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OrderPlacerIdentifierSequence", "Order Placer Identifier Sequence"},
    {0x00400027, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OrderFillerIdentifierSequence", "Order Filler Identifier Sequence"},
    {0x00400031, 0xFFFFFFFF, VR_UT, VR_UT, "1", "LocalNamespaceEntityID", "Local Namespace Entity ID"},
    {0x00400032, 0xFFFFFFFF, VR_UT, VR_UT, "1", "UniversalEntityID", "Universal Entity ID"},
    {0x00400033, 0xFFFFFFFF, VR_CS, VR_CS, "1", "UniversalEntityIDType", "Universal Entity ID Type"},
    {0x00400035, 0xFFFFFFFF, VR_CS, VR_CS, "1", "IdentifierTypeCode", "Identifier Type Code"},
    {0x00400036, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AssigningFacilitySequence", "Assigning Facility Sequence"},
    {0x00400039, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AssigningJurisdictionCodeSequence", "Assigning Jurisdiction Code Sequence"},
    {0x0040003A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AssigningAgencyOrDepartmentCodeSequence", "Assigning Agency Or Department Code Sequence"},
    {0x00400100, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ScheduledProcedureStepSequence", "Scheduled Procedure Step Sequence"},
    {0x00400220, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedNonImageCompositeSOPInstanceSequence", "Referenced Non Image Composite SOP Instance Sequence"},
    {0x00400241, 0xFFFFFFFF, VR_AE, VR_AE, "1", "PerformedStationAETitle", "Performed Station AE Title"},
    {0x00400242, 0xFFFFFFFF, VR_SH, VR_SH, "1", "PerformedStationName", "Performed Station Name"},
    {0x00400243, 0xFFFFFFFF, VR_SH, VR_SH, "1", "PerformedLocation", "Performed Location"},
    {0x00400244, 0xFFFFFFFF, VR_DA, VR_DA, "1", "PerformedProcedureStepStartDate", "Performed Procedure Step Start Date"},
    {0x00400245, 0xFFFFFFFF, VR_TM, VR_TM, "1", "PerformedProcedureStepStartTime", "Performed Procedure Step Start Time"},
    {0x00400250, 0xFFFFFFFF, VR_DA, VR_DA, "1", "PerformedProcedureStepEndDate", "Performed Procedure Step End Date"},
    {0x00400251, 0xFFFFFFFF, VR_TM, VR_TM, "1", "PerformedProcedureStepEndTime", "Performed Procedure Step End Time"},
    {0x00400252, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PerformedProcedureStepStatus", "Performed Procedure Step Status"},
    {0x00400253, 0xFFFFFFFF, VR_SH, VR_SH, "1", "PerformedProcedureStepID", "Performed Procedure Step ID"},
    {0x00400254, 0xFFFFFFFF, VR_LO, VR_LO, "1", "PerformedProcedureStepDescription", "Performed Procedure Step Description"},
    {0x00400255, 0xFFFFFFFF, VR_LO, VR_LO, "1", "PerformedProcedureTypeDescription", "Performed Procedure Type Description"},
    {0x00400260, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PerformedProtocolCodeSequence", "Performed Protocol Code Sequence"},
    {0x00400261, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PerformedProtocolType", "Performed Protocol Type"},
    {0x00400270, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ScheduledStepAttributesSequence", "Scheduled Step Attributes Sequence"},
    {0x00400275, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RequestAttributesSequence", "Request Attributes Sequence"},
    {0x00400280, 0xFFFFFFFF, VR_ST, VR_ST, "1", "CommentsOnThePerformedProcedureStep", "Comments On The Performed Procedure Step"},
    {0x00400281, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PerformedProcedureStepDiscontinuationReasonCodeSequence", "Performed Procedure Step Discontinuation Reason Code Sequence"},
    {0x00400293, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "QuantitySequence", "Quantity Sequence"},
    {0x00400294, 0xFFFFFFFF, VR_DS, VR_DS, "1", "Quantity", "Quantity"},
    {0x00400295, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MeasuringUnitsSequence", "Measuring Units Sequence"},
    {0x00400296, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BillingItemSequence", "Billing Item Sequence"},
    {0x00400300, 0xFFFFFFFF, VR_US, VR_US, "1", "TotalTimeOfFluoroscopy", "Total Time Of Fluoroscopy (Retired)"},
    {0x00400301, 0xFFFFFFFF, VR_US, VR_US, "1", "TotalNumberOfExposures", "Total Number Of Exposures (Retired)"},
    {0x00400302, 0xFFFFFFFF, VR_US, VR_US, "1", "EntranceDose", "Entrance Dose"},
    {0x00400303, 0xFFFFFFFF, VR_US, VR_US, "1-2", "ExposedArea", "Exposed Area"},
    {0x00400306, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DistanceSourceToEntrance", "Distance Source To Entrance"},
    {0x00400307, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DistanceSourceToSupport", "Distance Source To Support (Retired)"},
    {0x0040030E, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ExposureDoseSequence", "Exposure Dose Sequence (Retired)"},
    {0x00400310, 0xFFFFFFFF, VR_ST, VR_ST, "1", "CommentsOnRadiationDose", "Comments On Radiation Dose"},
    {0x00400312, 0xFFFFFFFF, VR_DS, VR_DS, "1", "XRayOutput", "X Ray Output"},
    {0x00400314, 0xFFFFFFFF, VR_DS, VR_DS, "1", "HalfValueLayer", "Half Value Layer"},
    {0x00400316, 0xFFFFFFFF, VR_DS, VR_DS, "1", "OrganDose", "Organ Dose"},
    {0x00400318, 0xFFFFFFFF, VR_CS, VR_CS, "1", "OrganExposed", "Organ Exposed"},
    {0x00400320, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BillingProcedureStepSequence", "Billing Procedure Step Sequence"},
    {0x00400321, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FilmConsumptionSequence", "Film Consumption Sequence"},
    {0x00400324, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BillingSuppliesAndDevicesSequence", "Billing Supplies And Devices Sequence"},
    {0x00400330, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedProcedureStepSequence", "Referenced Procedure Step Sequence (Retired)"},
    {0x00400340, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PerformedSeriesSequence", "Performed Series Sequence"},
    {0x00400400, 0xFFFFFFFF, VR_LT, VR_LT, "1", "CommentsOnTheScheduledProcedureStep", "Comments On The Scheduled Procedure Step"},
    {0x00400440, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ProtocolContextSequence", "Protocol Context Sequence"},
    {0x00400441, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ContentItemModifierSequence", "Content Item Modifier Sequence"},
    {0x00400500, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ScheduledSpecimenSequence", "Scheduled Specimen Sequence"},
    {0x0040050A, 0xFFFFFFFF, VR_LO, VR_LO, "1", "SpecimenAccessionNumber", "Specimen Accession Number (Retired)"},
    {0x00400512, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ContainerIdentifier", "Container Identifier"},
    {0x00400513, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IssuerOfTheContainerIdentifierSequence", "Issuer Of The Container Identifier Sequence"},
    {0x00400515, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AlternateContainerIdentifierSequence", "Alternate Container Identifier Sequence"},
    {0x00400518, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ContainerTypeCodeSequence", "Container Type Code Sequence"},
    {0x0040051A, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ContainerDescription", "Container Description"},
    {0x00400520, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ContainerComponentSequence", "Container Component Sequence"},
    {0x00400550, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SpecimenSequence", "Specimen Sequence (Retired)"},
    {0x00400551, 0xFFFFFFFF, VR_LO, VR_LO, "1", "SpecimenIdentifier", "Specimen Identifier"},
    {0x00400552, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SpecimenDescriptionSequenceTrial", "Specimen Description Sequence Trial (Retired)"},
    {0x00400553, 0xFFFFFFFF, VR_ST, VR_ST, "1", "SpecimenDescriptionTrial", "Specimen Description Trial (Retired)"},
    {0x00400554, 0xFFFFFFFF, VR_UI, VR_UI, "1", "SpecimenUID", "Specimen UID"},
    {0x00400555, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AcquisitionContextSequence", "Acquisition Context Sequence"},
    {0x00400556, 0xFFFFFFFF, VR_ST, VR_ST, "1", "AcquisitionContextDescription", "Acquisition Context Description"},
    {0x00400560, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SpecimenDescriptionSequence", "Specimen Description Sequence"},
    {0x00400562, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IssuerOfTheSpecimenIdentifierSequence", "Issuer Of The Specimen Identifier Sequence"},
    {0x0040059A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SpecimenTypeCodeSequence", "Specimen Type Code Sequence"},
    {0x00400600, 0xFFFFFFFF, VR_LO, VR_LO, "1", "SpecimenShortDescription", "Specimen Short Description"},
    {0x00400602, 0xFFFFFFFF, VR_UT, VR_UT, "1", "SpecimenDetailedDescription", "Specimen Detailed Description"},
    {0x00400610, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SpecimenPreparationSequence", "Specimen Preparation Sequence"},
    {0x00400612, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SpecimenPreparationStepContentItemSequence", "Specimen Preparation Step Content Item Sequence"},
    {0x00400620, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SpecimenLocalizationContentItemSequence", "Specimen Localization Content Item Sequence"},
    {0x004006FA, 0xFFFFFFFF, VR_LO, VR_LO, "1", "SlideIdentifier", "Slide Identifier (Retired)"},
    {0x00400710, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "WholeSlideMicroscopyImageFrameTypeSequence", "Whole Slide Microscopy Image Frame Type Sequence"},
    {0x0040071A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ImageCenterPointCoordinatesSequence", "Image Center Point Coordinates Sequence"},
    {0x0040072A, 0xFFFFFFFF, VR_DS, VR_DS, "1", "XOffsetInSlideCoordinateSystem", "X Offset In Slide Coordinate System"},
    {0x0040073A, 0xFFFFFFFF, VR_DS, VR_DS, "1", "YOffsetInSlideCoordinateSystem", "Y Offset In Slide Coordinate System"},
    {0x0040074A, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ZOffsetInSlideCoordinateSystem", "Z Offset In Slide Coordinate System"},
    {0x004008D8, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PixelSpacingSequence", "Pixel Spacing Sequence (Retired)"},
    {0x004008DA, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CoordinateSystemAxisCodeSequence", "Coordinate System Axis Code Sequence (Retired)"},
    {0x004008EA, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MeasurementUnitsCodeSequence", "Measurement Units Code Sequence"},
    {0x004009F8, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "VitalStainCodeSequenceTrial", "Vital Stain Code Sequence Trial (Retired)"},
    {0x00401001, 0xFFFFFFFF, VR_SH, VR_SH, "1", "RequestedProcedureID", "Requested Procedure ID"},
    {0x00401002, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ReasonForTheRequestedProcedure", "Reason For The Requested Procedure"},
    {0x00401003, 0xFFFFFFFF, VR_SH, VR_SH, "1", "RequestedProcedurePriority", "Requested Procedure Priority"},
    {0x00401004, 0xFFFFFFFF, VR_LO, VR_LO, "1", "PatientTransportArrangements", "Patient Transport Arrangements"},
    {0x00401005, 0xFFFFFFFF, VR_LO, VR_LO, "1", "RequestedProcedureLocation", "Requested Procedure Location"},
    {0x00401006, 0xFFFFFFFF, VR_SH, VR_SH, "1", "PlacerOrderNumberProcedure", "Placer Order Number Procedure (Retired)"},
    {0x00401007, 0xFFFFFFFF, VR_SH, VR_SH, "1", "FillerOrderNumberProcedure", "Filler Order Number Procedure (Retired)"},
    {0x00401008, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ConfidentialityCode", "Confidentiality Code"},
    {0x00401009, 0xFFFFFFFF, VR_SH, VR_SH, "1", "ReportingPriority", "Reporting Priority"},
    {0x0040100A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReasonForRequestedProcedureCodeSequence", "Reason For Requested Procedure Code Sequence"},
    {0x00401010, 0xFFFFFFFF, VR_PN, VR_PN, "1-n", "NamesOfIntendedRecipientsOfResults", "Names Of Intended Recipients Of Results"},
    {0x00401011, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IntendedRecipientsOfResultsIdentificationSequence", "Intended Recipients Of Results Identification Sequence"},
    {0x00401012, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReasonForPerformedProcedureCodeSequence", "Reason For Performed Procedure Code Sequence"},
    {0x00401060, 0xFFFFFFFF, VR_LO, VR_LO, "1", "RequestedProcedureDescriptionTrial", "Requested Procedure Description Trial (Retired)"},
    {0x00401101, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PersonIdentificationCodeSequence", "Person Identification Code Sequence"},
    {0x00401102, 0xFFFFFFFF, VR_ST, VR_ST, "1", "PersonAddress", "Person Address"},
    {0x00401103, 0xFFFFFFFF, VR_LO, VR_LO, "1-n", "PersonTelephoneNumbers", "Person Telephone Numbers"},
    {0x00401104, 0xFFFFFFFF, VR_LT, VR_LT, "1", "PersonTelecomInformation", "Person Telecom Information"},
    {0x00401400, 0xFFFFFFFF, VR_LT, VR_LT, "1", "RequestedProcedureComments", "Requested Procedure Comments"},
    {0x00402001, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ReasonForTheImagingServiceRequest", "Reason For The Imaging Service Request (Retired)"},
    {0x00402004, 0xFFFFFFFF, VR_DA, VR_DA, "1", "IssueDateOfImagingServiceRequest", "Issue Date Of Imaging Service Request"},
    {0x00402005, 0xFFFFFFFF, VR_TM, VR_TM, "1", "IssueTimeOfImagingServiceRequest", "Issue Time Of Imaging Service Request"},
    {0x00402006, 0xFFFFFFFF, VR_SH, VR_SH, "1", "PlacerOrderNumberImagingServiceRequestRetired", "Placer Order Number Imaging Service Request Retired (Retired)"},
    {0x00402007, 0xFFFFFFFF, VR_SH, VR_SH, "1", "FillerOrderNumberImagingServiceRequestRetired", "Filler Order Number Imaging Service Request Retired (Retired)"},
    {0x00402008, 0xFFFFFFFF, VR_PN, VR_PN, "1", "OrderEnteredBy", "Order Entered By"},
    {0x00402009, 0xFFFFFFFF, VR_SH, VR_SH, "1", "OrderEntererLocation", "Order Enterer Location"},
    {0x00402010, 0xFFFFFFFF, VR_SH, VR_SH, "1", "OrderCallbackPhoneNumber", "Order Callback Phone Number"},
    {0x00402011, 0xFFFFFFFF, VR_LT, VR_LT, "1", "OrderCallbackTelecomInformation", "Order Callback Telecom Information"},
    {0x00402016, 0xFFFFFFFF, VR_LO, VR_LO, "1", "PlacerOrderNumberImagingServiceRequest", "Placer Order Number Imaging Service Request"},
    {0x00402017, 0xFFFFFFFF, VR_LO, VR_LO, "1", "FillerOrderNumberImagingServiceRequest", "Filler Order Number Imaging Service Request"},
    {0x00402400, 0xFFFFFFFF, VR_LT, VR_LT, "1", "ImagingServiceRequestComments", "Imaging Service Request Comments"},
    {0x00403001, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ConfidentialityConstraintOnPatientDataDescription", "Confidentiality Constraint On Patient Data Description"},
    {0x00404001, 0xFFFFFFFF, VR_CS, VR_CS, "1", "GeneralPurposeScheduledProcedureStepStatus", "General Purpose Scheduled Procedure Step Status (Retired)"},
    {0x00404002, 0xFFFFFFFF, VR_CS, VR_CS, "1", "GeneralPurposePerformedProcedureStepStatus", "General Purpose Performed Procedure Step Status (Retired)"},
    {0x00404003, 0xFFFFFFFF, VR_CS, VR_CS, "1", "GeneralPurposeScheduledProcedureStepPriority", "General Purpose Scheduled Procedure Step Priority (Retired)"},
    {0x00404004, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ScheduledProcessingApplicationsCodeSequence", "Scheduled Processing Applications Code Sequence (Retired)"},
    {0x00404005, 0xFFFFFFFF, VR_DT, VR_DT, "1", "ScheduledProcedureStepStartDateTime", "Scheduled Procedure Step Start Date Time"},
    {0x00404006, 0xFFFFFFFF, VR_CS, VR_CS, "1", "MultipleCopiesFlag", "Multiple Copies Flag (Retired)"},
    {0x00404007, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PerformedProcessingApplicationsCodeSequence", "Performed Processing Applications Code Sequence (Retired)"},
    {0x00404008, 0xFFFFFFFF, VR_DT, VR_DT, "1", "ScheduledProcedureStepExpirationDateTime", "Scheduled Procedure Step Expiration Date Time"},
    {0x00404009, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "HumanPerformerCodeSequence", "Human Performer Code Sequence"},
    {0x00404010, 0xFFFFFFFF, VR_DT, VR_DT, "1", "ScheduledProcedureStepModificationDateTime", "Scheduled Procedure Step Modification Date Time"},
    {0x00404011, 0xFFFFFFFF, VR_DT, VR_DT, "1", "ExpectedCompletionDateTime", "Expected Completion Date Time"},
    {0x00404015, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ResultingGeneralPurposePerformedProcedureStepsSequence", "Resulting General Purpose Performed Procedure Steps Sequence (Retired)"},
    {0x00404016, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedGeneralPurposeScheduledProcedureStepSequence", "Referenced General Purpose Scheduled Procedure Step Sequence (Retired)"},
    {0x00404018, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ScheduledWorkitemCodeSequence", "Scheduled Workitem Code Sequence"},
    {0x00404019, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PerformedWorkitemCodeSequence", "Performed Workitem Code Sequence"},
    {0x00404020, 0xFFFFFFFF, VR_CS, VR_CS, "1", "InputAvailabilityFlag", "Input Availability Flag (Retired)"},
    {0x00404021, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "InputInformationSequence", "Input Information Sequence"},
    {0x00404022, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RelevantInformationSequence", "Relevant Information Sequence (Retired)"},
    {0x00404023, 0xFFFFFFFF, VR_UI, VR_UI, "1", "ReferencedGeneralPurposeScheduledProcedureStepTransactionUID", "Referenced General Purpose Scheduled Procedure Step Transaction UID (Retired)"},
    {0x00404025, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ScheduledStationNameCodeSequence", "Scheduled Station Name Code Sequence"},
    {0x00404026, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ScheduledStationClassCodeSequence", "Scheduled Station Class Code Sequence"},
    {0x00404027, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ScheduledStationGeographicLocationCodeSequence", "Scheduled Station Geographic Location Code Sequence"},
    {0x00404028, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PerformedStationNameCodeSequence", "Performed Station Name Code Sequence"},
    {0x00404029, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PerformedStationClassCodeSequence", "Performed Station Class Code Sequence"},
    {0x00404030, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PerformedStationGeographicLocationCodeSequence", "Performed Station Geographic Location Code Sequence"},
    {0x00404031, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RequestedSubsequentWorkitemCodeSequence", "Requested Subsequent Workitem Code Sequence (Retired)"},
    {0x00404032, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "NonDICOMOutputCodeSequence", "Non DICOM Output Code Sequence (Retired)"},
    {0x00404033, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OutputInformationSequence", "Output Information Sequence"},
    {0x00404034, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ScheduledHumanPerformersSequence", "Scheduled Human Performers Sequence"},
    {0x00404035, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ActualHumanPerformersSequence", "Actual Human Performers Sequence"},
    {0x00404036, 0xFFFFFFFF, VR_LO, VR_LO, "1", "HumanPerformerOrganization", "Human Performer Organization"},
    {0x00404037, 0xFFFFFFFF, VR_PN, VR_PN, "1", "HumanPerformerName", "Human Performer Name"},
    {0x00404040, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RawDataHandling", "Raw Data Handling"},
    {0x00404041, 0xFFFFFFFF, VR_CS, VR_CS, "1", "InputReadinessState", "Input Readiness State"},
    {0x00404050, 0xFFFFFFFF, VR_DT, VR_DT, "1", "PerformedProcedureStepStartDateTime", "Performed Procedure Step Start Date Time"},
    {0x00404051, 0xFFFFFFFF, VR_DT, VR_DT, "1", "PerformedProcedureStepEndDateTime", "Performed Procedure Step End Date Time"},
    {0x00404052, 0xFFFFFFFF, VR_DT, VR_DT, "1", "ProcedureStepCancellationDateTime", "Procedure Step Cancellation Date Time"},
    {0x00404070, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OutputDestinationSequence", "Output Destination Sequence"},
    {0x00404071, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DICOMStorageSequence", "DICOM Storage Sequence"},
    {0x00404072, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "STOWRSStorageSequence", "STOWRS Storage Sequence"},
    {0x00404073, 0xFFFFFFFF, VR_UR, VR_UR, "1", "StorageURL", "Storage URL"},
    {0x00404074, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "XDSStorageSequence", "XDS Storage Sequence"},
    {0x00408302, 0xFFFFFFFF, VR_DS, VR_DS, "1", "EntranceDoseInmGy", "Entrance Dose Inm Gy"},
    {0x00408303, 0xFFFFFFFF, VR_CS, VR_CS, "1", "EntranceDoseDerivation", "Entrance Dose Derivation"},
    {0x00409092, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ParametricMapFrameTypeSequence", "Parametric Map Frame Type Sequence"},
    {0x00409094, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedImageRealWorldValueMappingSequence", "Referenced Image Real World Value Mapping Sequence"},
    {0x00409096, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RealWorldValueMappingSequence", "Real World Value Mapping Sequence"},
    {0x00409098, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PixelValueMappingCodeSequence", "Pixel Value Mapping Code Sequence"},
    {0x00409210, 0xFFFFFFFF, VR_SH, VR_SH, "1", "LUTLabel", "LUT Label"},
    {0x00409211, 0xFFFFFFFF, VR_US, VR_SS, "1", "RealWorldValueLastValueMapped", "Real World Value Last Value Mapped"},
    {0x00409212, 0xFFFFFFFF, VR_FD, VR_FD, "1-n", "RealWorldValueLUTData", "Real World Value LUT Data"},
    {0x00409213, 0xFFFFFFFF, VR_FD, VR_FD, "1", "DoubleFloatRealWorldValueLastValueMapped", "Double Float Real World Value Last Value Mapped"},
    {0x00409214, 0xFFFFFFFF, VR_FD, VR_FD, "1", "DoubleFloatRealWorldValueFirstValueMapped", "Double Float Real World Value First Value Mapped"},
    {0x00409216, 0xFFFFFFFF, VR_US, VR_SS, "1", "RealWorldValueFirstValueMapped", "Real World Value First Value Mapped"},
    {0x00409220, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "QuantityDefinitionSequence", "Quantity Definition Sequence"},
    {0x00409224, 0xFFFFFFFF, VR_FD, VR_FD, "1", "RealWorldValueIntercept", "Real World Value Intercept"},
    {0x00409225, 0xFFFFFFFF, VR_FD, VR_FD, "1", "RealWorldValueSlope", "Real World Value Slope"},
    {0x0040A007, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FindingsFlagTrial", "Findings Flag Trial (Retired)"},
    {0x0040A010, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RelationshipType", "Relationship Type"},
    {0x0040A020, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FindingsSequenceTrial", "Findings Sequence Trial (Retired)"},
    {0x0040A021, 0xFFFFFFFF, VR_UI, VR_UI, "1", "FindingsGroupUIDTrial", "Findings Group UID Trial (Retired)"},
    {0x0040A022, 0xFFFFFFFF, VR_UI, VR_UI, "1", "ReferencedFindingsGroupUIDTrial", "Referenced Findings Group UID Trial (Retired)"},
    {0x0040A023, 0xFFFFFFFF, VR_DA, VR_DA, "1", "FindingsGroupRecordingDateTrial", "Findings Group Recording Date Trial (Retired)"},
    {0x0040A024, 0xFFFFFFFF, VR_TM, VR_TM, "1", "FindingsGroupRecordingTimeTrial", "Findings Group Recording Time Trial (Retired)"},
    {0x0040A026, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FindingsSourceCategoryCodeSequenceTrial", "Findings Source Category Code Sequence Trial (Retired)"},
    {0x0040A027, 0xFFFFFFFF, VR_LO, VR_LO, "1", "VerifyingOrganization", "Verifying Organization"},
    {0x0040A028, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DocumentingOrganizationIdentifierCodeSequenceTrial", "Documenting Organization Identifier Code Sequence Trial (Retired)"},
    {0x0040A030, 0xFFFFFFFF, VR_DT, VR_DT, "1", "VerificationDateTime", "Verification Date Time"},
    {0x0040A032, 0xFFFFFFFF, VR_DT, VR_DT, "1", "ObservationDateTime", "Observation Date Time"},
    {0x0040A033, 0xFFFFFFFF, VR_DT, VR_DT, "1", "ObservationStartDateTime", "Observation Start Date Time"},
    {0x0040A040, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ValueType", "Value Type"},
    {0x0040A043, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ConceptNameCodeSequence", "Concept Name Code Sequence"},
    {0x0040A047, 0xFFFFFFFF, VR_LO, VR_LO, "1", "MeasurementPrecisionDescriptionTrial", "Measurement Precision Description Trial (Retired)"},
    {0x0040A050, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ContinuityOfContent", "Continuity Of Content"},
    {0x0040A057, 0xFFFFFFFF, VR_CS, VR_CS, "1-n", "UrgencyOrPriorityAlertsTrial", "Urgency Or Priority Alerts Trial (Retired)"},
    {0x0040A060, 0xFFFFFFFF, VR_LO, VR_LO, "1", "SequencingIndicatorTrial", "Sequencing Indicator Trial (Retired)"},
    {0x0040A066, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DocumentIdentifierCodeSequenceTrial", "Document Identifier Code Sequence Trial (Retired)"},
    {0x0040A067, 0xFFFFFFFF, VR_PN, VR_PN, "1", "DocumentAuthorTrial", "Document Author Trial (Retired)"},
    {0x0040A068, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DocumentAuthorIdentifierCodeSequenceTrial", "Document Author Identifier Code Sequence Trial (Retired)"},
    {0x0040A070, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IdentifierCodeSequenceTrial", "Identifier Code Sequence Trial (Retired)"},
    {0x0040A073, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "VerifyingObserverSequence", "Verifying Observer Sequence"},
    {0x0040A074, 0xFFFFFFFF, VR_OB, VR_OB, "1", "ObjectBinaryIdentifierTrial", "Object Binary Identifier Trial (Retired)"},
    {0x0040A075, 0xFFFFFFFF, VR_PN, VR_PN, "1", "VerifyingObserverName", "Verifying Observer Name"},
    {0x0040A076, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DocumentingObserverIdentifierCodeSequenceTrial", "Documenting Observer Identifier Code Sequence Trial (Retired)"},
    {0x0040A078, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AuthorObserverSequence", "Author Observer Sequence"},
    {0x0040A07A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ParticipantSequence", "Participant Sequence"},
    {0x0040A07C, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CustodialOrganizationSequence", "Custodial Organization Sequence"},
    {0x0040A080, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ParticipationType", "Participation Type"},
    {0x0040A082, 0xFFFFFFFF, VR_DT, VR_DT, "1", "ParticipationDateTime", "Participation Date Time"},
    {0x0040A084, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ObserverType", "Observer Type"},
    {0x0040A085, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ProcedureIdentifierCodeSequenceTrial", "Procedure Identifier Code Sequence Trial (Retired)"},
    {0x0040A088, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "VerifyingObserverIdentificationCodeSequence", "Verifying Observer Identification Code Sequence"},
    {0x0040A089, 0xFFFFFFFF, VR_OB, VR_OB, "1", "ObjectDirectoryBinaryIdentifierTrial", "Object Directory Binary Identifier Trial (Retired)"},
    {0x0040A090, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "EquivalentCDADocumentSequence", "Equivalent CDA Document Sequence (Retired)"},
    {0x0040A0B0, 0xFFFFFFFF, VR_US, VR_US, "2-2n", "ReferencedWaveformChannels", "Referenced Waveform Channels"},
    {0x0040A110, 0xFFFFFFFF, VR_DA, VR_DA, "1", "DateOfDocumentOrVerbalTransactionTrial", "Date Of Document Or Verbal Transaction Trial (Retired)"},
    {0x0040A112, 0xFFFFFFFF, VR_TM, VR_TM, "1", "TimeOfDocumentCreationOrVerbalTransactionTrial", "Time Of Document Creation Or Verbal Transaction Trial (Retired)"},
    {0x0040A120, 0xFFFFFFFF, VR_DT, VR_DT, "1", "DateTime", "Date Time"},
    {0x0040A121, 0xFFFFFFFF, VR_DA, VR_DA, "1", "Date", "Date"},
    {0x0040A122, 0xFFFFFFFF, VR_TM, VR_TM, "1", "Time", "Time"},
    {0x0040A123, 0xFFFFFFFF, VR_PN, VR_PN, "1", "PersonName", "Person Name"},
    {0x0040A124, 0xFFFFFFFF, VR_UI, VR_UI, "1", "UID", "UID"},
    {0x0040A125, 0xFFFFFFFF, VR_CS, VR_CS, "2", "ReportStatusIDTrial", "Report Status ID Trial (Retired)"},
    {0x0040A130, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TemporalRangeType", "Temporal Range Type"},
    {0x0040A132, 0xFFFFFFFF, VR_UL, VR_UL, "1-n", "ReferencedSamplePositions", "Referenced Sample Positions"},
    {0x0040A136, 0xFFFFFFFF, VR_US, VR_US, "1-n", "ReferencedFrameNumbers", "Referenced Frame Numbers (Retired)"},
    {0x0040A138, 0xFFFFFFFF, VR_DS, VR_DS, "1-n", "ReferencedTimeOffsets", "Referenced Time Offsets"},
    {0x0040A13A, 0xFFFFFFFF, VR_DT, VR_DT, "1-n", "ReferencedDateTime", "Referenced Date Time"},
    {0x0040A160, 0xFFFFFFFF, VR_UT, VR_UT, "1", "TextValue", "Text Value"},
    {0x0040A161, 0xFFFFFFFF, VR_FD, VR_FD, "1-n", "FloatingPointValue", "Floating Point Value"},
    {0x0040A162, 0xFFFFFFFF, VR_SL, VR_SL, "1-n", "RationalNumeratorValue", "Rational Numerator Value"},
    {0x0040A163, 0xFFFFFFFF, VR_UL, VR_UL, "1-n", "RationalDenominatorValue", "Rational Denominator Value"},
    {0x0040A167, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ObservationCategoryCodeSequenceTrial", "Observation Category Code Sequence Trial (Retired)"},
    {0x0040A168, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ConceptCodeSequence", "Concept Code Sequence"},
    {0x0040A16A, 0xFFFFFFFF, VR_ST, VR_ST, "1", "BibliographicCitationTrial", "Bibliographic Citation Trial (Retired)"},
    {0x0040A170, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PurposeOfReferenceCodeSequence", "Purpose Of Reference Code Sequence"},
    {0x0040A171, 0xFFFFFFFF, VR_UI, VR_UI, "1", "ObservationUID", "Observation UID"},
    {0x0040A172, 0xFFFFFFFF, VR_UI, VR_UI, "1", "ReferencedObservationUIDTrial", "Referenced Observation UID Trial (Retired)"},
    {0x0040A173, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ReferencedObservationClassTrial", "Referenced Observation Class Trial (Retired)"},
    {0x0040A174, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ReferencedObjectObservationClassTrial", "Referenced Object Observation Class Trial (Retired)"},
    {0x0040A180, 0xFFFFFFFF, VR_US, VR_US, "1", "AnnotationGroupNumber", "Annotation Group Number"},
    {0x0040A192, 0xFFFFFFFF, VR_DA, VR_DA, "1", "ObservationDateTrial", "Observation Date Trial (Retired)"},
    {0x0040A193, 0xFFFFFFFF, VR_TM, VR_TM, "1", "ObservationTimeTrial", "Observation Time Trial (Retired)"},
    {0x0040A194, 0xFFFFFFFF, VR_CS, VR_CS, "1", "MeasurementAutomationTrial", "Measurement Automation Trial (Retired)"},
    {0x0040A195, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ModifierCodeSequence", "Modifier Code Sequence"},
    {0x0040A224, 0xFFFFFFFF, VR_ST, VR_ST, "1", "IdentificationDescriptionTrial", "Identification Description Trial (Retired)"},
    {0x0040A290, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CoordinatesSetGeometricTypeTrial", "Coordinates Set Geometric Type Trial (Retired)"},
    {0x0040A296, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AlgorithmCodeSequenceTrial", "Algorithm Code Sequence Trial (Retired)"},
    {0x0040A297, 0xFFFFFFFF, VR_ST, VR_ST, "1", "AlgorithmDescriptionTrial", "Algorithm Description Trial (Retired)"},
    {0x0040A29A, 0xFFFFFFFF, VR_SL, VR_SL, "2-2n", "PixelCoordinatesSetTrial", "Pixel Coordinates Set Trial (Retired)"},
    {0x0040A300, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MeasuredValueSequence", "Measured Value Sequence"},
    {0x0040A301, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "NumericValueQualifierCodeSequence", "Numeric Value Qualifier Code Sequence"},
    {0x0040A307, 0xFFFFFFFF, VR_PN, VR_PN, "1", "CurrentObserverTrial", "Current Observer Trial (Retired)"},
    {0x0040A30A, 0xFFFFFFFF, VR_DS, VR_DS, "1-n", "NumericValue", "Numeric Value"},
    {0x0040A313, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedAccessionSequenceTrial", "Referenced Accession Sequence Trial (Retired)"},
    {0x0040A33A, 0xFFFFFFFF, VR_ST, VR_ST, "1", "ReportStatusCommentTrial", "Report Status Comment Trial (Retired)"},
    {0x0040A340, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ProcedureContextSequenceTrial", "Procedure Context Sequence Trial (Retired)"},
    {0x0040A352, 0xFFFFFFFF, VR_PN, VR_PN, "1", "VerbalSourceTrial", "Verbal Source Trial (Retired)"},
    {0x0040A353, 0xFFFFFFFF, VR_ST, VR_ST, "1", "AddressTrial", "Address Trial (Retired)"},
    {0x0040A354, 0xFFFFFFFF, VR_LO, VR_LO, "1", "TelephoneNumberTrial", "Telephone Number Trial (Retired)"},
    {0x0040A358, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "VerbalSourceIdentifierCodeSequenceTrial", "Verbal Source Identifier Code Sequence Trial (Retired)"},
    {0x0040A360, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PredecessorDocumentsSequence", "Predecessor Documents Sequence"},
    {0x0040A370, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedRequestSequence", "Referenced Request Sequence"},
    {0x0040A372, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PerformedProcedureCodeSequence", "Performed Procedure Code Sequence"},
    {0x0040A375, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CurrentRequestedProcedureEvidenceSequence", "Current Requested Procedure Evidence Sequence"},
    {0x0040A380, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReportDetailSequenceTrial", "Report Detail Sequence Trial (Retired)"},
    {0x0040A385, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PertinentOtherEvidenceSequence", "Pertinent Other Evidence Sequence"},
    {0x0040A390, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "HL7StructuredDocumentReferenceSequence", "HL7 Structured Document Reference Sequence"},
    {0x0040A402, 0xFFFFFFFF, VR_UI, VR_UI, "1", "ObservationSubjectUIDTrial", "Observation Subject UID Trial (Retired)"},
    {0x0040A403, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ObservationSubjectClassTrial", "Observation Subject Class Trial (Retired)"},
    {0x0040A404, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ObservationSubjectTypeCodeSequenceTrial", "Observation Subject Type Code Sequence Trial (Retired)"},
    {0x0040A491, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CompletionFlag", "Completion Flag"},
    {0x0040A492, 0xFFFFFFFF, VR_LO, VR_LO, "1", "CompletionFlagDescription", "Completion Flag Description"},
    {0x0040A493, 0xFFFFFFFF, VR_CS, VR_CS, "1", "VerificationFlag", "Verification Flag"},
    {0x0040A494, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ArchiveRequested", "Archive Requested"},
    {0x0040A496, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PreliminaryFlag", "Preliminary Flag"},
    {0x0040A504, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ContentTemplateSequence", "Content Template Sequence"},
    {0x0040A525, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IdenticalDocumentsSequence", "Identical Documents Sequence"},
    {0x0040A600, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ObservationSubjectContextFlagTrial", "Observation Subject Context Flag Trial (Retired)"},
    {0x0040A601, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ObserverContextFlagTrial", "Observer Context Flag Trial (Retired)"},
    {0x0040A603, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ProcedureContextFlagTrial", "Procedure Context Flag Trial (Retired)"},
    {0x0040A730, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ContentSequence", "Content Sequence"},
    {0x0040A731, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RelationshipSequenceTrial", "Relationship Sequence Trial (Retired)"},
    {0x0040A732, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RelationshipTypeCodeSequenceTrial", "Relationship Type Code Sequence Trial (Retired)"},
    {0x0040A744, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "LanguageCodeSequenceTrial", "Language Code Sequence Trial (Retired)"},
    {0x0040A801, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TabulatedValuesSequence", "Tabulated Values Sequence"},
    {0x0040A802, 0xFFFFFFFF, VR_UL, VR_UL, "1", "NumberOfTableRows", "Number Of Table Rows"},
    {0x0040A803, 0xFFFFFFFF, VR_UL, VR_UL, "1", "NumberOfTableColumns", "Number Of Table Columns"},
    {0x0040A804, 0xFFFFFFFF, VR_UL, VR_UL, "1", "TableRowNumber", "Table Row Number"},
    {0x0040A805, 0xFFFFFFFF, VR_UL, VR_UL, "1", "TableColumnNumber", "Table Column Number"},
    {0x0040A806, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TableRowDefinitionSequence", "Table Row Definition Sequence"},
    {0x0040A807, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TableColumnDefinitionSequence", "Table Column Definition Sequence"},
    {0x0040A808, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CellValuesSequence", "Cell Values Sequence"},
    {0x0040A992, 0xFFFFFFFF, VR_ST, VR_ST, "1", "UniformResourceLocatorTrial", "Uniform Resource Locator Trial (Retired)"},
    {0x0040B020, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "WaveformAnnotationSequence", "Waveform Annotation Sequence"},
    {0x0040DB00, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TemplateIdentifier", "Template Identifier"},
    {0x0040DB06, 0xFFFFFFFF, VR_DT, VR_DT, "1", "TemplateVersion", "Template Version (Retired)"},
    {0x0040DB07, 0xFFFFFFFF, VR_DT, VR_DT, "1", "TemplateLocalVersion", "Template Local Version (Retired)"},
    {0x0040DB0B, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TemplateExtensionFlag", "Template Extension Flag (Retired)"},
    {0x0040DB0C, 0xFFFFFFFF, VR_UI, VR_UI, "1", "TemplateExtensionOrganizationUID", "Template Extension Organization UID (Retired)"},
    {0x0040DB0D, 0xFFFFFFFF, VR_UI, VR_UI, "1", "TemplateExtensionCreatorUID", "Template Extension Creator UID (Retired)"},
    {0x0040DB73, 0xFFFFFFFF, VR_UL, VR_UL, "1-n", "ReferencedContentItemIdentifier", "Referenced Content Item Identifier"},
    {0x0040E001, 0xFFFFFFFF, VR_ST, VR_ST, "1", "HL7InstanceIdentifier", "HL7 Instance Identifier"},
    {0x0040E004, 0xFFFFFFFF, VR_DT, VR_DT, "1", "HL7DocumentEffectiveTime", "HL7 Document Effective Time"},
    {0x0040E006, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "HL7DocumentTypeCodeSequence", "HL7 Document Type Code Sequence"},
    {0x0040E008, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DocumentClassCodeSequence", "Document Class Code Sequence"},
    {0x0040E010, 0xFFFFFFFF, VR_UR, VR_UR, "1", "RetrieveURI", "Retrieve URI"},
    {0x0040E011, 0xFFFFFFFF, VR_UI, VR_UI, "1", "RetrieveLocationUID", "Retrieve Location UID"},
    {0x0040E020, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TypeOfInstances", "Type Of Instances"},
    {0x0040E021, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DICOMRetrievalSequence", "DICOM Retrieval Sequence"},
    {0x0040E022, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DICOMMediaRetrievalSequence", "DICOM Media Retrieval Sequence"},
    {0x0040E023, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "WADORetrievalSequence", "WADO Retrieval Sequence"},
    {0x0040E024, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "XDSRetrievalSequence", "XDS Retrieval Sequence"},
    {0x0040E025, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "WADORSRetrievalSequence", "WADORS Retrieval Sequence"},
    {0x0040E030, 0xFFFFFFFF, VR_UI, VR_UI, "1", "RepositoryUniqueID", "Repository Unique ID"},
    {0x0040E031, 0xFFFFFFFF, VR_UI, VR_UI, "1", "HomeCommunityID", "Home Community ID"},
    {0x00420010, 0xFFFFFFFF, VR_ST, VR_ST, "1", "DocumentTitle", "Document Title"},
    {0x00420011, 0xFFFFFFFF, VR_OB, VR_OB, "1", "EncapsulatedDocument", "Encapsulated Document"},
    {0x00420012, 0xFFFFFFFF, VR_LO, VR_LO, "1", "MIMETypeOfEncapsulatedDocument", "MIME Type Of Encapsulated Document"},
    {0x00420013, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SourceInstanceSequence", "Source Instance Sequence"},
    {0x00420014, 0xFFFFFFFF, VR_LO, VR_LO, "1-n", "ListOfMIMETypes", "List Of MIME Types"},
    {0x00420015, 0xFFFFFFFF, VR_UL, VR_UL, "1", "EncapsulatedDocumentLength", "Encapsulated Document Length"},
    {0x00440001, 0xFFFFFFFF, VR_ST, VR_ST, "1", "ProductPackageIdentifier", "Product Package Identifier"},
    {0x00440002, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SubstanceAdministrationApproval", "Substance Administration Approval"},
    {0x00440003, 0xFFFFFFFF, VR_LT, VR_LT, "1", "ApprovalStatusFurtherDescription", "Approval Status Further Description"},
    {0x00440004, 0xFFFFFFFF, VR_DT, VR_DT, "1", "ApprovalStatusDateTime", "Approval Status Date Time"},
    {0x00440007, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ProductTypeCodeSequence", "Product Type Code Sequence"},
    {0x00440008, 0xFFFFFFFF, VR_LO, VR_LO, "1-n", "ProductName", "Product Name"},
    {0x00440009, 0xFFFFFFFF, VR_LT, VR_LT, "1", "ProductDescription", "Product Description"},
    {0x0044000A, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ProductLotIdentifier", "Product Lot Identifier"},
    {0x0044000B, 0xFFFFFFFF, VR_DT, VR_DT, "1", "ProductExpirationDateTime", "Product Expiration Date Time"},
    {0x00440010, 0xFFFFFFFF, VR_DT, VR_DT, "1", "SubstanceAdministrationDateTime", "Substance Administration Date Time"},
    {0x00440011, 0xFFFFFFFF, VR_LO, VR_LO, "1", "SubstanceAdministrationNotes", "Substance Administration Notes"},
    {0x00440012, 0xFFFFFFFF, VR_LO, VR_LO, "1", "SubstanceAdministrationDeviceID", "Substance Administration Device ID"},
    {0x00440013, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ProductParameterSequence", "Product Parameter Sequence"},
    {0x00440019, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SubstanceAdministrationParameterSequence", "Substance Administration Parameter Sequence"},
    {0x00440100, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ApprovalSequence", "Approval Sequence"},
    {0x00440101, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AssertionCodeSequence", "Assertion Code Sequence"},
    {0x00440102, 0xFFFFFFFF, VR_UI, VR_UI, "1", "AssertionUID", "Assertion UID"},
    {0x00440103, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AsserterIdentificationSequence", "Asserter Identification Sequence"},
    {0x00440104, 0xFFFFFFFF, VR_DT, VR_DT, "1", "AssertionDateTime", "Assertion Date Time"},
    {0x00440105, 0xFFFFFFFF, VR_DT, VR_DT, "1", "AssertionExpirationDateTime", "Assertion Expiration Date Time"},
    {0x00440106, 0xFFFFFFFF, VR_UT, VR_UT, "1", "AssertionComments", "Assertion Comments"},
    {0x00440107, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RelatedAssertionSequence", "Related Assertion Sequence"},
    {0x00440108, 0xFFFFFFFF, VR_UI, VR_UI, "1", "ReferencedAssertionUID", "Referenced Assertion UID"},
    {0x00440109, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ApprovalSubjectSequence", "Approval Subject Sequence"},
    {0x0044010A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OrganizationalRoleCodeSequence", "Organizational Role Code Sequence"},
    {0x00460012, 0xFFFFFFFF, VR_LO, VR_LO, "1", "LensDescription", "Lens Description"},
    {0x00460014, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RightLensSequence", "Right Lens Sequence"},
    {0x00460015, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "LeftLensSequence", "Left Lens Sequence"},
    {0x00460016, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "UnspecifiedLateralityLensSequence", "Unspecified Laterality Lens Sequence"},
    {0x00460018, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CylinderSequence", "Cylinder Sequence"},
    {0x00460028, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PrismSequence", "Prism Sequence"},
    {0x00460030, 0xFFFFFFFF, VR_FD, VR_FD, "1", "HorizontalPrismPower", "Horizontal Prism Power"},
    {0x00460032, 0xFFFFFFFF, VR_CS, VR_CS, "1", "HorizontalPrismBase", "Horizontal Prism Base"},
    {0x00460034, 0xFFFFFFFF, VR_FD, VR_FD, "1", "VerticalPrismPower", "Vertical Prism Power"},
    {0x00460036, 0xFFFFFFFF, VR_CS, VR_CS, "1", "VerticalPrismBase", "Vertical Prism Base"},
    {0x00460038, 0xFFFFFFFF, VR_CS, VR_CS, "1", "LensSegmentType", "Lens Segment Type"},
    {0x00460040, 0xFFFFFFFF, VR_FD, VR_FD, "1", "OpticalTransmittance", "Optical Transmittance"},
    {0x00460042, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ChannelWidth", "Channel Width"},
    {0x00460044, 0xFFFFFFFF, VR_FD, VR_FD, "1", "PupilSize", "Pupil Size"},
    {0x00460046, 0xFFFFFFFF, VR_FD, VR_FD, "1", "CornealSize", "Corneal Size"},
    {0x00460047, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CornealSizeSequence", "Corneal Size Sequence"},
    {0x00460050, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AutorefractionRightEyeSequence", "Autorefraction Right Eye Sequence"},
    {0x00460052, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AutorefractionLeftEyeSequence", "Autorefraction Left Eye Sequence"},
    {0x00460060, 0xFFFFFFFF, VR_FD, VR_FD, "1", "DistancePupillaryDistance", "Distance Pupillary Distance"},
    {0x00460062, 0xFFFFFFFF, VR_FD, VR_FD, "1", "NearPupillaryDistance", "Near Pupillary Distance"},
    {0x00460063, 0xFFFFFFFF, VR_FD, VR_FD, "1", "IntermediatePupillaryDistance", "Intermediate Pupillary Distance"},
    {0x00460064, 0xFFFFFFFF, VR_FD, VR_FD, "1", "OtherPupillaryDistance", "Other Pupillary Distance"},
    {0x00460070, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "KeratometryRightEyeSequence", "Keratometry Right Eye Sequence"},
    {0x00460071, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "KeratometryLeftEyeSequence", "Keratometry Left Eye Sequence"},
    {0x00460074, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SteepKeratometricAxisSequence", "Steep Keratometric Axis Sequence"},
    {0x00460075, 0xFFFFFFFF, VR_FD, VR_FD, "1", "RadiusOfCurvature", "Radius Of Curvature"},
    {0x00460076, 0xFFFFFFFF, VR_FD, VR_FD, "1", "KeratometricPower", "Keratometric Power"},
    {0x00460077, 0xFFFFFFFF, VR_FD, VR_FD, "1", "KeratometricAxis", "Keratometric Axis"},
    {0x00460080, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FlatKeratometricAxisSequence", "Flat Keratometric Axis Sequence"},
    {0x00460092, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BackgroundColor", "Background Color"},
    {0x00460094, 0xFFFFFFFF, VR_CS, VR_CS, "1", "Optotype", "Optotype"},
    {0x00460095, 0xFFFFFFFF, VR_CS, VR_CS, "1", "OptotypePresentation", "Optotype Presentation"},
    {0x00460097, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SubjectiveRefractionRightEyeSequence", "Subjective Refraction Right Eye Sequence"},
    {0x00460098, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SubjectiveRefractionLeftEyeSequence", "Subjective Refraction Left Eye Sequence"},
    {0x00460100, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AddNearSequence", "Add Near Sequence"},
    {0x00460101, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AddIntermediateSequence", "Add Intermediate Sequence"},
    {0x00460102, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AddOtherSequence", "Add Other Sequence"},
    {0x00460104, 0xFFFFFFFF, VR_FD, VR_FD, "1", "AddPower", "Add Power"},
    {0x00460106, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ViewingDistance", "Viewing Distance"},
    {0x00460110, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CorneaMeasurementsSequence", "Cornea Measurements Sequence"},
    {0x00460111, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SourceOfCorneaMeasurementDataCodeSequence", "Source Of Cornea Measurement Data Code Sequence"},
    {0x00460112, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SteepCornealAxisSequence", "Steep Corneal Axis Sequence"},
    {0x00460113, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FlatCornealAxisSequence", "Flat Corneal Axis Sequence"},
    {0x00460114, 0xFFFFFFFF, VR_FD, VR_FD, "1", "CornealPower", "Corneal Power"},
    {0x00460115, 0xFFFFFFFF, VR_FD, VR_FD, "1", "CornealAxis", "Corneal Axis"},
    {0x00460116, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CorneaMeasurementMethodCodeSequence", "Cornea Measurement Method Code Sequence"},
    {0x00460117, 0xFFFFFFFF, VR_FL, VR_FL, "1", "RefractiveIndexOfCornea", "Refractive Index Of Cornea"},
    {0x00460118, 0xFFFFFFFF, VR_FL, VR_FL, "1", "RefractiveIndexOfAqueousHumor", "Refractive Index Of Aqueous Humor"},
    {0x00460121, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "VisualAcuityTypeCodeSequence", "Visual Acuity Type Code Sequence"},
    {0x00460122, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "VisualAcuityRightEyeSequence", "Visual Acuity Right Eye Sequence"},
    {0x00460123, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "VisualAcuityLeftEyeSequence", "Visual Acuity Left Eye Sequence"},
    {0x00460124, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "VisualAcuityBothEyesOpenSequence", "Visual Acuity Both Eyes Open Sequence"},
    {0x00460125, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ViewingDistanceType", "Viewing Distance Type"},
    {0x00460135, 0xFFFFFFFF, VR_SS, VR_SS, "2", "VisualAcuityModifiers", "Visual Acuity Modifiers"},
    {0x00460137, 0xFFFFFFFF, VR_FD, VR_FD, "1", "DecimalVisualAcuity", "Decimal Visual Acuity"},
    {0x00460139, 0xFFFFFFFF, VR_LO, VR_LO, "1", "OptotypeDetailedDefinition", "Optotype Detailed Definition"},
    {0x00460145, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedRefractiveMeasurementsSequence", "Referenced Refractive Measurements Sequence"},
    {0x00460146, 0xFFFFFFFF, VR_FD, VR_FD, "1", "SpherePower", "Sphere Power"},
    {0x00460147, 0xFFFFFFFF, VR_FD, VR_FD, "1", "CylinderPower", "Cylinder Power"},
    {0x00460201, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CornealTopographySurface", "Corneal Topography Surface"},
    {0x00460202, 0xFFFFFFFF, VR_FL, VR_FL, "2", "CornealVertexLocation", "Corneal Vertex Location"},
    {0x00460203, 0xFFFFFFFF, VR_FL, VR_FL, "1", "PupilCentroidXCoordinate", "Pupil Centroid X Coordinate"},
    {0x00460204, 0xFFFFFFFF, VR_FL, VR_FL, "1", "PupilCentroidYCoordinate", "Pupil Centroid Y Coordinate"},
    {0x00460205, 0xFFFFFFFF, VR_FL, VR_FL, "1", "EquivalentPupilRadius", "Equivalent Pupil Radius"},
    {0x00460207, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CornealTopographyMapTypeCodeSequence", "Corneal Topography Map Type Code Sequence"},
    {0x00460208, 0xFFFFFFFF, VR_IS, VR_IS, "2-2n", "VerticesOfTheOutlineOfPupil", "Vertices Of The Outline Of Pupil"},
    {0x00460210, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CornealTopographyMappingNormalsSequence", "Corneal Topography Mapping Normals Sequence"},
    {0x00460211, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MaximumCornealCurvatureSequence", "Maximum Corneal Curvature Sequence"},
    {0x00460212, 0xFFFFFFFF, VR_FL, VR_FL, "1", "MaximumCornealCurvature", "Maximum Corneal Curvature"},
    {0x00460213, 0xFFFFFFFF, VR_FL, VR_FL, "2", "MaximumCornealCurvatureLocation", "Maximum Corneal Curvature Location"},
    {0x00460215, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MinimumKeratometricSequence", "Minimum Keratometric Sequence"},
    {0x00460218, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SimulatedKeratometricCylinderSequence", "Simulated Keratometric Cylinder Sequence"},
    {0x00460220, 0xFFFFFFFF, VR_FL, VR_FL, "1", "AverageCornealPower", "Average Corneal Power"},
    {0x00460224, 0xFFFFFFFF, VR_FL, VR_FL, "1", "CornealISValue", "Corneal IS Value"},
    {0x00460227, 0xFFFFFFFF, VR_FL, VR_FL, "1", "AnalyzedArea", "Analyzed Area"},
    {0x00460230, 0xFFFFFFFF, VR_FL, VR_FL, "1", "SurfaceRegularityIndex", "Surface Regularity Index"},
    {0x00460232, 0xFFFFFFFF, VR_FL, VR_FL, "1", "SurfaceAsymmetryIndex", "Surface Asymmetry Index"},
    {0x00460234, 0xFFFFFFFF, VR_FL, VR_FL, "1", "CornealEccentricityIndex", "Corneal Eccentricity Index"},
    {0x00460236, 0xFFFFFFFF, VR_FL, VR_FL, "1", "KeratoconusPredictionIndex", "Keratoconus Prediction Index"},
    {0x00460238, 0xFFFFFFFF, VR_FL, VR_FL, "1", "DecimalPotentialVisualAcuity", "Decimal Potential Visual Acuity"},
    {0x00460242, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CornealTopographyMapQualityEvaluation", "Corneal Topography Map Quality Evaluation"},
    {0x00460244, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SourceImageCornealProcessedDataSequence", "Source Image Corneal Processed Data Sequence"},
    {0x00460247, 0xFFFFFFFF, VR_FL, VR_FL, "3", "CornealPointLocation", "Corneal Point Location"},
    {0x00460248, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CornealPointEstimated", "Corneal Point Estimated"},
    {0x00460249, 0xFFFFFFFF, VR_FL, VR_FL, "1", "AxialPower", "Axial Power"},
    {0x00460250, 0xFFFFFFFF, VR_FL, VR_FL, "1", "TangentialPower", "Tangential Power"},
    {0x00460251, 0xFFFFFFFF, VR_FL, VR_FL, "1", "RefractivePower", "Refractive Power"},
    {0x00460252, 0xFFFFFFFF, VR_FL, VR_FL, "1", "RelativeElevation", "Relative Elevation"},
    {0x00460253, 0xFFFFFFFF, VR_FL, VR_FL, "1", "CornealWavefront", "Corneal Wavefront"},
    {0x00480001, 0xFFFFFFFF, VR_FL, VR_FL, "1", "ImagedVolumeWidth", "Imaged Volume Width"},
    {0x00480002, 0xFFFFFFFF, VR_FL, VR_FL, "1", "ImagedVolumeHeight", "Imaged Volume Height"},
    {0x00480003, 0xFFFFFFFF, VR_FL, VR_FL, "1", "ImagedVolumeDepth", "Imaged Volume Depth"},
    {0x00480006, 0xFFFFFFFF, VR_UL, VR_UL, "1", "TotalPixelMatrixColumns", "Total Pixel Matrix Columns"},
    {0x00480007, 0xFFFFFFFF, VR_UL, VR_UL, "1", "TotalPixelMatrixRows", "Total Pixel Matrix Rows"},
    {0x00480008, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TotalPixelMatrixOriginSequence", "Total Pixel Matrix Origin Sequence"},
    {0x00480010, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SpecimenLabelInImage", "Specimen Label In Image"},
    {0x00480011, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FocusMethod", "Focus Method"},
    {0x00480012, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ExtendedDepthOfField", "Extended Depth Of Field"},
    {0x00480013, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfFocalPlanes", "Number Of Focal Planes"},
    {0x00480014, 0xFFFFFFFF, VR_FL, VR_FL, "1", "DistanceBetweenFocalPlanes", "Distance Between Focal Planes"},
    {0x00480015, 0xFFFFFFFF, VR_US, VR_US, "3", "RecommendedAbsentPixelCIELabValue", "Recommended Absent Pixel CIE Lab Value"},
    {0x00480100, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IlluminatorTypeCodeSequence", "Illuminator Type Code Sequence"},
    {0x00480102, 0xFFFFFFFF, VR_DS, VR_DS, "6", "ImageOrientationSlide", "Image Orientation Slide"},
    {0x00480105, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OpticalPathSequence", "Optical Path Sequence"},
    {0x00480106, 0xFFFFFFFF, VR_SH, VR_SH, "1", "OpticalPathIdentifier", "Optical Path Identifier"},
    {0x00480107, 0xFFFFFFFF, VR_ST, VR_ST, "1", "OpticalPathDescription", "Optical Path Description"},
    {0x00480108, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IlluminationColorCodeSequence", "Illumination Color Code Sequence"},
    {0x00480110, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SpecimenReferenceSequence", "Specimen Reference Sequence"},
    {0x00480111, 0xFFFFFFFF, VR_DS, VR_DS, "1", "CondenserLensPower", "Condenser Lens Power"},
    {0x00480112, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ObjectiveLensPower", "Objective Lens Power"},
    {0x00480113, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ObjectiveLensNumericalAperture", "Objective Lens Numerical Aperture"},
    {0x00480120, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PaletteColorLookupTableSequence", "Palette Color Lookup Table Sequence"},
    {0x00480200, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedImageNavigationSequence", "Referenced Image Navigation Sequence (Retired)"},
    {0x00480201, 0xFFFFFFFF, VR_US, VR_US, "2", "TopLeftHandCornerOfLocalizerArea", "Top Left Hand Corner Of Localizer Area (Retired)"},
    {0x00480202, 0xFFFFFFFF, VR_US, VR_US, "2", "BottomRightHandCornerOfLocalizerArea", "Bottom Right Hand Corner Of Localizer Area (Retired)"},
    {0x00480207, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OpticalPathIdentificationSequence", "Optical Path Identification Sequence"},
    {0x0048021A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PlanePositionSlideSequence", "Plane Position Slide Sequence"},
    {0x0048021E, 0xFFFFFFFF, VR_SL, VR_SL, "1", "ColumnPositionInTotalImagePixelMatrix", "Column Position In Total Image Pixel Matrix"},
    {0x0048021F, 0xFFFFFFFF, VR_SL, VR_SL, "1", "RowPositionInTotalImagePixelMatrix", "Row Position In Total Image Pixel Matrix"},
    {0x00480301, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PixelOriginInterpretation", "Pixel Origin Interpretation"},
    {0x00480302, 0xFFFFFFFF, VR_UL, VR_UL, "1", "NumberOfOpticalPaths", "Number Of Optical Paths"},
    {0x00480303, 0xFFFFFFFF, VR_UL, VR_UL, "1", "TotalPixelMatrixFocalPlanes", "Total Pixel Matrix Focal Planes"},
    {0x00500004, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CalibrationImage", "Calibration Image"},
    {0x00500010, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DeviceSequence", "Device Sequence"},
    {0x00500012, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ContainerComponentTypeCodeSequence", "Container Component Type Code Sequence"},
    {0x00500013, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ContainerComponentThickness", "Container Component Thickness"},
    {0x00500014, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DeviceLength", "Device Length"},
    {0x00500015, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ContainerComponentWidth", "Container Component Width"},
    {0x00500016, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DeviceDiameter", "Device Diameter"},
    {0x00500017, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DeviceDiameterUnits", "Device Diameter Units"},
    {0x00500018, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DeviceVolume", "Device Volume"},
    {0x00500019, 0xFFFFFFFF, VR_DS, VR_DS, "1", "InterMarkerDistance", "Inter Marker Distance"},
    {0x0050001A, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ContainerComponentMaterial", "Container Component Material"},
    {0x0050001B, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ContainerComponentID", "Container Component ID"},
    {0x0050001C, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ContainerComponentLength", "Container Component Length"},
    {0x0050001D, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ContainerComponentDiameter", "Container Component Diameter"},
    {0x0050001E, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ContainerComponentDescription", "Container Component Description"},
    {0x00500020, 0xFFFFFFFF, VR_LO, VR_LO, "1", "DeviceDescription", "Device Description"},
    {0x00500021, 0xFFFFFFFF, VR_ST, VR_ST, "1", "LongDeviceDescription", "Long Device Description"},
    {0x00520001, 0xFFFFFFFF, VR_FL, VR_FL, "1", "ContrastBolusIngredientPercentByVolume", "Contrast Bolus Ingredient Percent By Volume"},
    {0x00520002, 0xFFFFFFFF, VR_FD, VR_FD, "1", "OCTFocalDistance", "OCT Focal Distance"},
    {0x00520003, 0xFFFFFFFF, VR_FD, VR_FD, "1", "BeamSpotSize", "Beam Spot Size"},
    {0x00520004, 0xFFFFFFFF, VR_FD, VR_FD, "1", "EffectiveRefractiveIndex", "Effective Refractive Index"},
    {0x00520006, 0xFFFFFFFF, VR_CS, VR_CS, "1", "OCTAcquisitionDomain", "OCT Acquisition Domain"},
    {0x00520007, 0xFFFFFFFF, VR_FD, VR_FD, "1", "OCTOpticalCenterWavelength", "OCT Optical Center Wavelength"},
    {0x00520008, 0xFFFFFFFF, VR_FD, VR_FD, "1", "AxialResolution", "Axial Resolution"},
    {0x00520009, 0xFFFFFFFF, VR_FD, VR_FD, "1", "RangingDepth", "Ranging Depth"},
    {0x00520011, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ALineRate", "A Line Rate"},
    {0x00520012, 0xFFFFFFFF, VR_US, VR_US, "1", "ALinesPerFrame", "A Lines Per Frame"},
    {0x00520013, 0xFFFFFFFF, VR_FD, VR_FD, "1", "CatheterRotationalRate", "Catheter Rotational Rate"},
    {0x00520014, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ALinePixelSpacing", "A Line Pixel Spacing"},
    {0x00520016, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ModeOfPercutaneousAccessSequence", "Mode Of Percutaneous Access Sequence"},
    {0x00520025, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IntravascularOCTFrameTypeSequence", "Intravascular OCT Frame Type Sequence"},
    {0x00520026, 0xFFFFFFFF, VR_CS, VR_CS, "1", "OCTZOffsetApplied", "OCTZ Offset Applied"},
    {0x00520027, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IntravascularFrameContentSequence", "Intravascular Frame Content Sequence"},
    {0x00520028, 0xFFFFFFFF, VR_FD, VR_FD, "1", "IntravascularLongitudinalDistance", "Intravascular Longitudinal Distance"},
    {0x00520029, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IntravascularOCTFrameContentSequence", "Intravascular OCT Frame Content Sequence"},
    {0x00520030, 0xFFFFFFFF, VR_SS, VR_SS, "1", "OCTZOffsetCorrection", "OCTZ Offset Correction"},
    {0x00520031, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CatheterDirectionOfRotation", "Catheter Direction Of Rotation"},
    {0x00520033, 0xFFFFFFFF, VR_FD, VR_FD, "1", "SeamLineLocation", "Seam Line Location"},
    {0x00520034, 0xFFFFFFFF, VR_FD, VR_FD, "1", "FirstALineLocation", "First A Line Location"},
    {0x00520036, 0xFFFFFFFF, VR_US, VR_US, "1", "SeamLineIndex", "Seam Line Index"},
    {0x00520038, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfPaddedALines", "Number Of Padded A Lines"},
    {0x00520039, 0xFFFFFFFF, VR_CS, VR_CS, "1", "InterpolationType", "Interpolation Type"},
    {0x0052003A, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RefractiveIndexApplied", "Refractive Index Applied"},
    {0x00540010, 0xFFFFFFFF, VR_US, VR_US, "1-n", "EnergyWindowVector", "Energy Window Vector"},
    {0x00540011, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfEnergyWindows", "Number Of Energy Windows"},
    {0x00540012, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "EnergyWindowInformationSequence", "Energy Window Information Sequence"},
    {0x00540013, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "EnergyWindowRangeSequence", "Energy Window Range Sequence"},
    {0x00540014, 0xFFFFFFFF, VR_DS, VR_DS, "1", "EnergyWindowLowerLimit", "Energy Window Lower Limit"},
    {0x00540015, 0xFFFFFFFF, VR_DS, VR_DS, "1", "EnergyWindowUpperLimit", "Energy Window Upper Limit"},
    {0x00540016, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RadiopharmaceuticalInformationSequence", "Radiopharmaceutical Information Sequence"},
    {0x00540017, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ResidualSyringeCounts", "Residual Syringe Counts"},
    {0x00540018, 0xFFFFFFFF, VR_SH, VR_SH, "1", "EnergyWindowName", "Energy Window Name"},
    {0x00540020, 0xFFFFFFFF, VR_US, VR_US, "1-n", "DetectorVector", "Detector Vector"},
    {0x00540021, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfDetectors", "Number Of Detectors"},
    {0x00540022, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DetectorInformationSequence", "Detector Information Sequence"},
    {0x00540030, 0xFFFFFFFF, VR_US, VR_US, "1-n", "PhaseVector", "Phase Vector"},
    {0x00540031, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfPhases", "Number Of Phases"},
    {0x00540032, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PhaseInformationSequence", "Phase Information Sequence"},
    {0x00540033, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfFramesInPhase", "Number Of Frames In Phase"},
    {0x00540036, 0xFFFFFFFF, VR_IS, VR_IS, "1", "PhaseDelay", "Phase Delay"},
    {0x00540038, 0xFFFFFFFF, VR_IS, VR_IS, "1", "PauseBetweenFrames", "Pause Between Frames"},
    {0x00540039, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PhaseDescription", "Phase Description"},
    {0x00540050, 0xFFFFFFFF, VR_US, VR_US, "1-n", "RotationVector", "Rotation Vector"},
    {0x00540051, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfRotations", "Number Of Rotations"},
    {0x00540052, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RotationInformationSequence", "Rotation Information Sequence"},
    {0x00540053, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfFramesInRotation", "Number Of Frames In Rotation"},
    {0x00540060, 0xFFFFFFFF, VR_US, VR_US, "1-n", "RRIntervalVector", "RR Interval Vector"},
    {0x00540061, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfRRIntervals", "Number Of RR Intervals"},
    {0x00540062, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "GatedInformationSequence", "Gated Information Sequence"},
    {0x00540063, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DataInformationSequence", "Data Information Sequence"},
    {0x00540070, 0xFFFFFFFF, VR_US, VR_US, "1-n", "TimeSlotVector", "Time Slot Vector"},
    {0x00540071, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfTimeSlots", "Number Of Time Slots"},
    {0x00540072, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TimeSlotInformationSequence", "Time Slot Information Sequence"},
    {0x00540073, 0xFFFFFFFF, VR_DS, VR_DS, "1", "TimeSlotTime", "Time Slot Time"},
    {0x00540080, 0xFFFFFFFF, VR_US, VR_US, "1-n", "SliceVector", "Slice Vector"},
    {0x00540081, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfSlices", "Number Of Slices"},
    {0x00540090, 0xFFFFFFFF, VR_US, VR_US, "1-n", "AngularViewVector", "Angular View Vector"},
    {0x00540100, 0xFFFFFFFF, VR_US, VR_US, "1-n", "TimeSliceVector", "Time Slice Vector"},
    {0x00540101, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfTimeSlices", "Number Of Time Slices"},
    {0x00540200, 0xFFFFFFFF, VR_DS, VR_DS, "1", "StartAngle", "Start Angle"},
    {0x00540202, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TypeOfDetectorMotion", "Type Of Detector Motion"},
    {0x00540210, 0xFFFFFFFF, VR_IS, VR_IS, "1-n", "TriggerVector", "Trigger Vector"},
    {0x00540211, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfTriggersInPhase", "Number Of Triggers In Phase"},
    {0x00540220, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ViewCodeSequence", "View Code Sequence"},
    {0x00540222, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ViewModifierCodeSequence", "View Modifier Code Sequence"},
    {0x00540300, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RadionuclideCodeSequence", "Radionuclide Code Sequence"},
    {0x00540302, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AdministrationRouteCodeSequence", "Administration Route Code Sequence"},
    {0x00540304, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RadiopharmaceuticalCodeSequence", "Radiopharmaceutical Code Sequence"},
    {0x00540306, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CalibrationDataSequence", "Calibration Data Sequence"},
    {0x00540308, 0xFFFFFFFF, VR_US, VR_US, "1", "EnergyWindowNumber", "Energy Window Number"},
    {0x00540400, 0xFFFFFFFF, VR_SH, VR_SH, "1", "ImageID", "Image ID"},
    {0x00540410, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PatientOrientationCodeSequence", "Patient Orientation Code Sequence"},
    {0x00540412, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PatientOrientationModifierCodeSequence", "Patient Orientation Modifier Code Sequence"},
    {0x00540414, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PatientGantryRelationshipCodeSequence", "Patient Gantry Relationship Code Sequence"},
    {0x00540500, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SliceProgressionDirection", "Slice Progression Direction"},
    {0x00540501, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ScanProgressionDirection", "Scan Progression Direction"},
    {0x00541000, 0xFFFFFFFF, VR_CS, VR_CS, "2", "SeriesType", "Series Type"},
    {0x00541001, 0xFFFFFFFF, VR_CS, VR_CS, "1", "Units", "Units"},
    {0x00541002, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CountsSource", "Counts Source"},
    {0x00541004, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ReprojectionMethod", "Reprojection Method"},
    {0x00541006, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SUVType", "SUV Type"},
    {0x00541100, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RandomsCorrectionMethod", "Randoms Correction Method"},
    {0x00541101, 0xFFFFFFFF, VR_LO, VR_LO, "1", "AttenuationCorrectionMethod", "Attenuation Correction Method"},
    {0x00541102, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DecayCorrection", "Decay Correction"},
    {0x00541103, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ReconstructionMethod", "Reconstruction Method"},
    {0x00541104, 0xFFFFFFFF, VR_LO, VR_LO, "1", "DetectorLinesOfResponseUsed", "Detector Lines Of Response Used"},
    {0x00541105, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ScatterCorrectionMethod", "Scatter Correction Method"},
    {0x00541200, 0xFFFFFFFF, VR_DS, VR_DS, "1", "AxialAcceptance", "Axial Acceptance"},
    {0x00541201, 0xFFFFFFFF, VR_IS, VR_IS, "2", "AxialMash", "Axial Mash"},
    {0x00541202, 0xFFFFFFFF, VR_IS, VR_IS, "1", "TransverseMash", "Transverse Mash"},
    {0x00541203, 0xFFFFFFFF, VR_DS, VR_DS, "2", "DetectorElementSize", "Detector Element Size"},
    {0x00541210, 0xFFFFFFFF, VR_DS, VR_DS, "1", "CoincidenceWindowWidth", "Coincidence Window Width"},
    {0x00541220, 0xFFFFFFFF, VR_CS, VR_CS, "1-n", "SecondaryCountsType", "Secondary Counts Type"},
    {0x00541300, 0xFFFFFFFF, VR_DS, VR_DS, "1", "FrameReferenceTime", "Frame Reference Time"},
    {0x00541310, 0xFFFFFFFF, VR_IS, VR_IS, "1", "PrimaryPromptsCountsAccumulated", "Primary Prompts Counts Accumulated"},
    {0x00541311, 0xFFFFFFFF, VR_IS, VR_IS, "1-n", "SecondaryCountsAccumulated", "Secondary Counts Accumulated"},
    {0x00541320, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SliceSensitivityFactor", "Slice Sensitivity Factor"},
    {0x00541321, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DecayFactor", "Decay Factor"},
    {0x00541322, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DoseCalibrationFactor", "Dose Calibration Factor"},
    {0x00541323, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ScatterFractionFactor", "Scatter Fraction Factor"},
    {0x00541324, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DeadTimeFactor", "Dead Time Factor"},
    {0x00541330, 0xFFFFFFFF, VR_US, VR_US, "1", "ImageIndex", "Image Index"},
    {0x00541400, 0xFFFFFFFF, VR_CS, VR_CS, "1-n", "CountsIncluded", "Counts Included (Retired)"},
    {0x00541401, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DeadTimeCorrectionFlag", "Dead Time Correction Flag (Retired)"},
    {0x00603000, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "HistogramSequence", "Histogram Sequence"},
    {0x00603002, 0xFFFFFFFF, VR_US, VR_US, "1", "HistogramNumberOfBins", "Histogram Number Of Bins"},
    {0x00603004, 0xFFFFFFFF, VR_US, VR_SS, "1", "HistogramFirstBinValue", "Histogram First Bin Value"},
    {0x00603006, 0xFFFFFFFF, VR_US, VR_SS, "1", "HistogramLastBinValue", "Histogram Last Bin Value"},
    {0x00603008, 0xFFFFFFFF, VR_US, VR_US, "1", "HistogramBinWidth", "Histogram Bin Width"},
    {0x00603010, 0xFFFFFFFF, VR_LO, VR_LO, "1", "HistogramExplanation", "Histogram Explanation"},
    {0x00603020, 0xFFFFFFFF, VR_UL, VR_UL, "1-n", "HistogramData", "Histogram Data"},
    {0x00620001, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SegmentationType", "Segmentation Type"},
    {0x00620002, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SegmentSequence", "Segment Sequence"},
    {0x00620003, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SegmentedPropertyCategoryCodeSequence", "Segmented Property Category Code Sequence"},
    {0x00620004, 0xFFFFFFFF, VR_US, VR_US, "1", "SegmentNumber", "Segment Number"},
    {0x00620005, 0xFFFFFFFF, VR_LO, VR_LO, "1", "SegmentLabel", "Segment Label"},
    {0x00620006, 0xFFFFFFFF, VR_ST, VR_ST, "1", "SegmentDescription", "Segment Description"},
    {0x00620007, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SegmentationAlgorithmIdentificationSequence", "Segmentation Algorithm Identification Sequence"},
    {0x00620008, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SegmentAlgorithmType", "Segment Algorithm Type"},
    {0x00620009, 0xFFFFFFFF, VR_LO, VR_LO, "1-n", "SegmentAlgorithmName", "Segment Algorithm Name"},
    {0x0062000A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SegmentIdentificationSequence", "Segment Identification Sequence"},
    {0x0062000B, 0xFFFFFFFF, VR_US, VR_US, "1-n", "ReferencedSegmentNumber", "Referenced Segment Number"},
    {0x0062000C, 0xFFFFFFFF, VR_US, VR_US, "1", "RecommendedDisplayGrayscaleValue", "Recommended Display Grayscale Value"},
    {0x0062000D, 0xFFFFFFFF, VR_US, VR_US, "3", "RecommendedDisplayCIELabValue", "Recommended Display CIE Lab Value"},
    {0x0062000E, 0xFFFFFFFF, VR_US, VR_US, "1", "MaximumFractionalValue", "Maximum Fractional Value"},
    {0x0062000F, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SegmentedPropertyTypeCodeSequence", "Segmented Property Type Code Sequence"},
    {0x00620010, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SegmentationFractionalType", "Segmentation Fractional Type"},
    {0x00620011, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SegmentedPropertyTypeModifierCodeSequence", "Segmented Property Type Modifier Code Sequence"},
    {0x00620012, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "UsedSegmentsSequence", "Used Segments Sequence"},
    {0x00620013, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SegmentsOverlap", "Segments Overlap"},
    {0x00620020, 0xFFFFFFFF, VR_UT, VR_UT, "1", "TrackingID", "Tracking ID"},
    {0x00620021, 0xFFFFFFFF, VR_UI, VR_UI, "1", "TrackingUID", "Tracking UID"},
    {0x00640002, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DeformableRegistrationSequence", "Deformable Registration Sequence"},
    {0x00640003, 0xFFFFFFFF, VR_UI, VR_UI, "1", "SourceFrameOfReferenceUID", "Source Frame Of Reference UID"},
    {0x00640005, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DeformableRegistrationGridSequence", "Deformable Registration Grid Sequence"},
    {0x00640007, 0xFFFFFFFF, VR_UL, VR_UL, "3", "GridDimensions", "Grid Dimensions"},
    {0x00640008, 0xFFFFFFFF, VR_FD, VR_FD, "3", "GridResolution", "Grid Resolution"},
    {0x00640009, 0xFFFFFFFF, VR_OF, VR_OF, "1", "VectorGridData", "Vector Grid Data"},
    {0x0064000F, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PreDeformationMatrixRegistrationSequence", "Pre Deformation Matrix Registration Sequence"},
    {0x00640010, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PostDeformationMatrixRegistrationSequence", "Post Deformation Matrix Registration Sequence"},
    {0x00660001, 0xFFFFFFFF, VR_UL, VR_UL, "1", "NumberOfSurfaces", "Number Of Surfaces"},
    {0x00660002, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SurfaceSequence", "Surface Sequence"},
    {0x00660003, 0xFFFFFFFF, VR_UL, VR_UL, "1", "SurfaceNumber", "Surface Number"},
    {0x00660004, 0xFFFFFFFF, VR_LT, VR_LT, "1", "SurfaceComments", "Surface Comments"},
    {0x00660009, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SurfaceProcessing", "Surface Processing"},
    {0x0066000A, 0xFFFFFFFF, VR_FL, VR_FL, "1", "SurfaceProcessingRatio", "Surface Processing Ratio"},
    {0x0066000B, 0xFFFFFFFF, VR_LO, VR_LO, "1", "SurfaceProcessingDescription", "Surface Processing Description"},
    {0x0066000C, 0xFFFFFFFF, VR_FL, VR_FL, "1", "RecommendedPresentationOpacity", "Recommended Presentation Opacity"},
    {0x0066000D, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RecommendedPresentationType", "Recommended Presentation Type"},
    {0x0066000E, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FiniteVolume", "Finite Volume"},
    {0x00660010, 0xFFFFFFFF, VR_CS, VR_CS, "1", "Manifold", "Manifold"},
    {0x00660011, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SurfacePointsSequence", "Surface Points Sequence"},
    {0x00660012, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SurfacePointsNormalsSequence", "Surface Points Normals Sequence"},
    {0x00660013, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SurfaceMeshPrimitivesSequence", "Surface Mesh Primitives Sequence"},
    {0x00660015, 0xFFFFFFFF, VR_UL, VR_UL, "1", "NumberOfSurfacePoints", "Number Of Surface Points"},
    {0x00660016, 0xFFFFFFFF, VR_OF, VR_OF, "1", "PointCoordinatesData", "Point Coordinates Data"},
    {0x00660017, 0xFFFFFFFF, VR_FL, VR_FL, "3", "PointPositionAccuracy", "Point Position Accuracy"},
    {0x00660018, 0xFFFFFFFF, VR_FL, VR_FL, "1", "MeanPointDistance", "Mean Point Distance"},
    {0x00660019, 0xFFFFFFFF, VR_FL, VR_FL, "1", "MaximumPointDistance", "Maximum Point Distance"},
    {0x0066001A, 0xFFFFFFFF, VR_FL, VR_FL, "6", "PointsBoundingBoxCoordinates", "Points Bounding Box Coordinates"},
    {0x0066001B, 0xFFFFFFFF, VR_FL, VR_FL, "3", "AxisOfRotation", "Axis Of Rotation"},
    {0x0066001C, 0xFFFFFFFF, VR_FL, VR_FL, "3", "CenterOfRotation", "Center Of Rotation"},
    {0x0066001E, 0xFFFFFFFF, VR_UL, VR_UL, "1", "NumberOfVectors", "Number Of Vectors"},
    {0x0066001F, 0xFFFFFFFF, VR_US, VR_US, "1", "VectorDimensionality", "Vector Dimensionality"},
    {0x00660020, 0xFFFFFFFF, VR_FL, VR_FL, "1-n", "VectorAccuracy", "Vector Accuracy"},
    {0x00660021, 0xFFFFFFFF, VR_OF, VR_OF, "1", "VectorCoordinateData", "Vector Coordinate Data"},
    {0x00660022, 0xFFFFFFFF, VR_OD, VR_OD, "1", "DoublePointCoordinatesData", "Double Point Coordinates Data"},
    {0x00660023, 0xFFFFFFFF, VR_OW, VR_OW, "1", "TrianglePointIndexList", "Triangle Point Index List (Retired)"},
    {0x00660024, 0xFFFFFFFF, VR_OW, VR_OW, "1", "EdgePointIndexList", "Edge Point Index List (Retired)"},
    {0x00660025, 0xFFFFFFFF, VR_OW, VR_OW, "1", "VertexPointIndexList", "Vertex Point Index List (Retired)"},
    {0x00660026, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TriangleStripSequence", "Triangle Strip Sequence"},
    {0x00660027, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TriangleFanSequence", "Triangle Fan Sequence"},
    {0x00660028, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "LineSequence", "Line Sequence"},
    {0x00660029, 0xFFFFFFFF, VR_OW, VR_OW, "1", "PrimitivePointIndexList", "Primitive Point Index List (Retired)"},
    {0x0066002A, 0xFFFFFFFF, VR_UL, VR_UL, "1", "SurfaceCount", "Surface Count"},
    {0x0066002B, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedSurfaceSequence", "Referenced Surface Sequence"},
    {0x0066002C, 0xFFFFFFFF, VR_UL, VR_UL, "1", "ReferencedSurfaceNumber", "Referenced Surface Number"},
    {0x0066002D, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SegmentSurfaceGenerationAlgorithmIdentificationSequence", "Segment Surface Generation Algorithm Identification Sequence"},
    {0x0066002E, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SegmentSurfaceSourceInstanceSequence", "Segment Surface Source Instance Sequence"},
    {0x0066002F, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AlgorithmFamilyCodeSequence", "Algorithm Family Code Sequence"},
    {0x00660030, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AlgorithmNameCodeSequence", "Algorithm Name Code Sequence"},
    {0x00660031, 0xFFFFFFFF, VR_LO, VR_LO, "1", "AlgorithmVersion", "Algorithm Version"},
    {0x00660032, 0xFFFFFFFF, VR_LT, VR_LT, "1", "AlgorithmParameters", "Algorithm Parameters"},
    {0x00660034, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FacetSequence", "Facet Sequence"},
    {0x00660035, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SurfaceProcessingAlgorithmIdentificationSequence", "Surface Processing Algorithm Identification Sequence"},
    {0x00660036, 0xFFFFFFFF, VR_LO, VR_LO, "1", "AlgorithmName", "Algorithm Name"},
    {0x00660037, 0xFFFFFFFF, VR_FL, VR_FL, "1", "RecommendedPointRadius", "Recommended Point Radius"},
    {0x00660038, 0xFFFFFFFF, VR_FL, VR_FL, "1", "RecommendedLineThickness", "Recommended Line Thickness"},
    {0x00660040, 0xFFFFFFFF, VR_OL, VR_OL, "1", "LongPrimitivePointIndexList", "Long Primitive Point Index List"},
    {0x00660041, 0xFFFFFFFF, VR_OL, VR_OL, "1", "LongTrianglePointIndexList", "Long Triangle Point Index List"},
    {0x00660042, 0xFFFFFFFF, VR_OL, VR_OL, "1", "LongEdgePointIndexList", "Long Edge Point Index List"},
    {0x00660043, 0xFFFFFFFF, VR_OL, VR_OL, "1", "LongVertexPointIndexList", "Long Vertex Point Index List"},
    {0x00660101, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TrackSetSequence", "Track Set Sequence"},
    {0x00660102, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TrackSequence", "Track Sequence"},
    {0x00660103, 0xFFFFFFFF, VR_OW, VR_OW, "1", "RecommendedDisplayCIELabValueList", "Recommended Display CIE Lab Value List"},
    {0x00660104, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TrackingAlgorithmIdentificationSequence", "Tracking Algorithm Identification Sequence"},
    {0x00660105, 0xFFFFFFFF, VR_UL, VR_UL, "1", "TrackSetNumber", "Track Set Number"},
    {0x00660106, 0xFFFFFFFF, VR_LO, VR_LO, "1", "TrackSetLabel", "Track Set Label"},
    {0x00660107, 0xFFFFFFFF, VR_UT, VR_UT, "1", "TrackSetDescription", "Track Set Description"},
    {0x00660108, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TrackSetAnatomicalTypeCodeSequence", "Track Set Anatomical Type Code Sequence"},
    {0x00660121, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MeasurementsSequence", "Measurements Sequence"},
    {0x00660124, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TrackSetStatisticsSequence", "Track Set Statistics Sequence"},
    {0x00660125, 0xFFFFFFFF, VR_OF, VR_OF, "1", "FloatingPointValues", "Floating Point Values"},
    {0x00660129, 0xFFFFFFFF, VR_OL, VR_OL, "1", "TrackPointIndexList", "Track Point Index List"},
    {0x00660130, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TrackStatisticsSequence", "Track Statistics Sequence"},
    {0x00660132, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MeasurementValuesSequence", "Measurement Values Sequence"},
    {0x00660133, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DiffusionAcquisitionCodeSequence", "Diffusion Acquisition Code Sequence"},
    {0x00660134, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DiffusionModelCodeSequence", "Diffusion Model Code Sequence"},
    {0x00686210, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ImplantSize", "Implant Size"},
    {0x00686221, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ImplantTemplateVersion", "Implant Template Version"},
    {0x00686222, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReplacedImplantTemplateSequence", "Replaced Implant Template Sequence"},
    {0x00686223, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ImplantType", "Implant Type"},
    {0x00686224, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DerivationImplantTemplateSequence", "Derivation Implant Template Sequence"},
    {0x00686225, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OriginalImplantTemplateSequence", "Original Implant Template Sequence"},
    {0x00686226, 0xFFFFFFFF, VR_DT, VR_DT, "1", "EffectiveDateTime", "Effective Date Time"},
    {0x00686230, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ImplantTargetAnatomySequence", "Implant Target Anatomy Sequence"},
    {0x00686260, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "InformationFromManufacturerSequence", "Information From Manufacturer Sequence"},
    {0x00686265, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "NotificationFromManufacturerSequence", "Notification From Manufacturer Sequence"},
    {0x00686270, 0xFFFFFFFF, VR_DT, VR_DT, "1", "InformationIssueDateTime", "Information Issue Date Time"},
    {0x00686280, 0xFFFFFFFF, VR_ST, VR_ST, "1", "InformationSummary", "Information Summary"},
    {0x006862A0, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ImplantRegulatoryDisapprovalCodeSequence", "Implant Regulatory Disapproval Code Sequence"},
    {0x006862A5, 0xFFFFFFFF, VR_FD, VR_FD, "1", "OverallTemplateSpatialTolerance", "Overall Template Spatial Tolerance"},
    {0x006862C0, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "HPGLDocumentSequence", "HPGL Document Sequence"},
    {0x006862D0, 0xFFFFFFFF, VR_US, VR_US, "1", "HPGLDocumentID", "HPGL Document ID"},
    {0x006862D5, 0xFFFFFFFF, VR_LO, VR_LO, "1", "HPGLDocumentLabel", "HPGL Document Label"},
    {0x006862E0, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ViewOrientationCodeSequence", "View Orientation Code Sequence"},
    {0x006862F0, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ViewOrientationModifierCodeSequence", "View Orientation Modifier Code Sequence"},
    {0x006862F2, 0xFFFFFFFF, VR_FD, VR_FD, "1", "HPGLDocumentScaling", "HPGL Document Scaling"},
    {0x00686300, 0xFFFFFFFF, VR_OB, VR_OB, "1", "HPGLDocument", "HPGL Document"},
    {0x00686310, 0xFFFFFFFF, VR_US, VR_US, "1", "HPGLContourPenNumber", "HPGL Contour Pen Number"},
    {0x00686320, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "HPGLPenSequence", "HPGL Pen Sequence"},
    {0x00686330, 0xFFFFFFFF, VR_US, VR_US, "1", "HPGLPenNumber", "HPGL Pen Number"},
    {0x00686340, 0xFFFFFFFF, VR_LO, VR_LO, "1", "HPGLPenLabel", "HPGL Pen Label"},
    {0x00686345, 0xFFFFFFFF, VR_ST, VR_ST, "1", "HPGLPenDescription", "HPGL Pen Description"},
    {0x00686346, 0xFFFFFFFF, VR_FD, VR_FD, "2", "RecommendedRotationPoint", "Recommended Rotation Point"},
    {0x00686347, 0xFFFFFFFF, VR_FD, VR_FD, "4", "BoundingRectangle", "Bounding Rectangle"},
    {0x00686350, 0xFFFFFFFF, VR_US, VR_US, "1-n", "ImplantTemplate3DModelSurfaceNumber", "Implant Template3 D Model Surface Number"},
    {0x00686360, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SurfaceModelDescriptionSequence", "Surface Model Description Sequence"},
    {0x00686380, 0xFFFFFFFF, VR_LO, VR_LO, "1", "SurfaceModelLabel", "Surface Model Label"},
    {0x00686390, 0xFFFFFFFF, VR_FD, VR_FD, "1", "SurfaceModelScalingFactor", "Surface Model Scaling Factor"},
    {0x006863A0, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MaterialsCodeSequence", "Materials Code Sequence"},
    {0x006863A4, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CoatingMaterialsCodeSequence", "Coating Materials Code Sequence"},
    {0x006863A8, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ImplantTypeCodeSequence", "Implant Type Code Sequence"},
    {0x006863AC, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FixationMethodCodeSequence", "Fixation Method Code Sequence"},
    {0x006863B0, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MatingFeatureSetsSequence", "Mating Feature Sets Sequence"},
    {0x006863C0, 0xFFFFFFFF, VR_US, VR_US, "1", "MatingFeatureSetID", "Mating Feature Set ID"},
    {0x006863D0, 0xFFFFFFFF, VR_LO, VR_LO, "1", "MatingFeatureSetLabel", "Mating Feature Set Label"},
    {0x006863E0, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MatingFeatureSequence", "Mating Feature Sequence"},
    {0x006863F0, 0xFFFFFFFF, VR_US, VR_US, "1", "MatingFeatureID", "Mating Feature ID"},
    {0x00686400, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MatingFeatureDegreeOfFreedomSequence", "Mating Feature Degree Of Freedom Sequence"},
    {0x00686410, 0xFFFFFFFF, VR_US, VR_US, "1", "DegreeOfFreedomID", "Degree Of Freedom ID"},
    {0x00686420, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DegreeOfFreedomType", "Degree Of Freedom Type"},
    {0x00686430, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TwoDMatingFeatureCoordinatesSequence", "Two D Mating Feature Coordinates Sequence"},
    {0x00686440, 0xFFFFFFFF, VR_US, VR_US, "1", "ReferencedHPGLDocumentID", "Referenced HPGL Document ID"},
    {0x00686450, 0xFFFFFFFF, VR_FD, VR_FD, "2", "TwoDMatingPoint", "Two D Mating Point"},
    {0x00686460, 0xFFFFFFFF, VR_FD, VR_FD, "4", "TwoDMatingAxes", "Two D Mating Axes"},
    {0x00686470, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TwoDDegreeOfFreedomSequence", "Two D Degree Of Freedom Sequence"},
    {0x00686490, 0xFFFFFFFF, VR_FD, VR_FD, "3", "ThreeDDegreeOfFreedomAxis", "Three D Degree Of Freedom Axis"},
    {0x006864A0, 0xFFFFFFFF, VR_FD, VR_FD, "2", "RangeOfFreedom", "Range Of Freedom"},
    {0x006864C0, 0xFFFFFFFF, VR_FD, VR_FD, "3", "ThreeDMatingPoint", "Three D Mating Point"},
    {0x006864D0, 0xFFFFFFFF, VR_FD, VR_FD, "9", "ThreeDMatingAxes", "Three D Mating Axes"},
    {0x006864F0, 0xFFFFFFFF, VR_FD, VR_FD, "3", "TwoDDegreeOfFreedomAxis", "Two D Degree Of Freedom Axis"},
    {0x00686500, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PlanningLandmarkPointSequence", "Planning Landmark Point Sequence"},
    {0x00686510, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PlanningLandmarkLineSequence", "Planning Landmark Line Sequence"},
    {0x00686520, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PlanningLandmarkPlaneSequence", "Planning Landmark Plane Sequence"},
    {0x00686530, 0xFFFFFFFF, VR_US, VR_US, "1", "PlanningLandmarkID", "Planning Landmark ID"},
    {0x00686540, 0xFFFFFFFF, VR_LO, VR_LO, "1", "PlanningLandmarkDescription", "Planning Landmark Description"},
    {0x00686545, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PlanningLandmarkIdentificationCodeSequence", "Planning Landmark Identification Code Sequence"},
    {0x00686550, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TwoDPointCoordinatesSequence", "Two D Point Coordinates Sequence"},
    {0x00686560, 0xFFFFFFFF, VR_FD, VR_FD, "2", "TwoDPointCoordinates", "Two D Point Coordinates"},
    {0x00686590, 0xFFFFFFFF, VR_FD, VR_FD, "3", "ThreeDPointCoordinates", "Three D Point Coordinates"},
    {0x006865A0, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TwoDLineCoordinatesSequence", "Two D Line Coordinates Sequence"},
    {0x006865B0, 0xFFFFFFFF, VR_FD, VR_FD, "4", "TwoDLineCoordinates", "Two D Line Coordinates"},
    {0x006865D0, 0xFFFFFFFF, VR_FD, VR_FD, "6", "ThreeDLineCoordinates", "Three D Line Coordinates"},
    {0x006865E0, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TwoDPlaneCoordinatesSequence", "Two D Plane Coordinates Sequence"},
    {0x006865F0, 0xFFFFFFFF, VR_FD, VR_FD, "4", "TwoDPlaneIntersection", "Two D Plane Intersection"},
    {0x00686610, 0xFFFFFFFF, VR_FD, VR_FD, "3", "ThreeDPlaneOrigin", "Three D Plane Origin"},
    {0x00686620, 0xFFFFFFFF, VR_FD, VR_FD, "3", "ThreeDPlaneNormal", "Three D Plane Normal"},
    {0x00687001, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ModelModification", "Model Modification"},
    {0x00687002, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ModelMirroring", "Model Mirroring"},
    {0x00687003, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ModelUsageCodeSequence", "Model Usage Code Sequence"},
    {0x00687004, 0xFFFFFFFF, VR_UI, VR_UI, "1", "ModelGroupUID", "Model Group UID"},
    {0x00687005, 0xFFFFFFFF, VR_UR, VR_UR, "1", "RelativeURIReferenceWithinEncapsulatedDocument", "Relative URI Reference Within Encapsulated Document"},
    {0x006A0001, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AnnotationCoordinateType", "Annotation Coordinate Type"},
    {0x006A0002, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AnnotationGroupSequence", "Annotation Group Sequence"},
    {0x006A0003, 0xFFFFFFFF, VR_UI, VR_UI, "1", "AnnotationGroupUID", "Annotation Group UID"},
    {0x006A0005, 0xFFFFFFFF, VR_LO, VR_LO, "1", "AnnotationGroupLabel", "Annotation Group Label"},
    {0x006A0006, 0xFFFFFFFF, VR_UT, VR_UT, "1", "AnnotationGroupDescription", "Annotation Group Description"},
    {0x006A0007, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AnnotationGroupGenerationType", "Annotation Group Generation Type"},
    {0x006A0008, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AnnotationGroupAlgorithmIdentificationSequence", "Annotation Group Algorithm Identification Sequence"},
    {0x006A0009, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AnnotationPropertyCategoryCodeSequence", "Annotation Property Category Code Sequence"},
    {0x006A000A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AnnotationPropertyTypeCodeSequence", "Annotation Property Type Code Sequence"},
    {0x006A000B, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AnnotationPropertyTypeModifierCodeSequence", "Annotation Property Type Modifier Code Sequence"},
    {0x006A000C, 0xFFFFFFFF, VR_UL, VR_UL, "1", "NumberOfAnnotations", "Number Of Annotations"},
    {0x006A000D, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AnnotationAppliesToAllOpticalPaths", "Annotation Applies To All Optical Paths"},
    {0x006A000E, 0xFFFFFFFF, VR_SH, VR_SH, "1-n", "ReferencedOpticalPathIdentifier", "Referenced Optical Path Identifier"},
    {0x006A000F, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AnnotationAppliesToAllZPlanes", "Annotation Applies To All Z Planes"},
    {0x006A0010, 0xFFFFFFFF, VR_FD, VR_FD, "1-n", "CommonZCoordinateValue", "Common Z Coordinate Value"},
    {0x006A0011, 0xFFFFFFFF, VR_OL, VR_OL, "1", "AnnotationIndexList", "Annotation Index List"},
    {0x00700001, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "GraphicAnnotationSequence", "Graphic Annotation Sequence"},
    {0x00700002, 0xFFFFFFFF, VR_CS, VR_CS, "1", "GraphicLayer", "Graphic Layer"},
    {0x00700003, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BoundingBoxAnnotationUnits", "Bounding Box Annotation Units"},
    {0x00700004, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AnchorPointAnnotationUnits", "Anchor Point Annotation Units"},
    {0x00700005, 0xFFFFFFFF, VR_CS, VR_CS, "1", "GraphicAnnotationUnits", "Graphic Annotation Units"},
    {0x00700006, 0xFFFFFFFF, VR_ST, VR_ST, "1", "UnformattedTextValue", "Unformatted Text Value"},
    {0x00700008, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TextObjectSequence", "Text Object Sequence"},
    {0x00700009, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "GraphicObjectSequence", "Graphic Object Sequence"},
    {0x00700010, 0xFFFFFFFF, VR_FL, VR_FL, "2", "BoundingBoxTopLeftHandCorner", "Bounding Box Top Left Hand Corner"},
    {0x00700011, 0xFFFFFFFF, VR_FL, VR_FL, "2", "BoundingBoxBottomRightHandCorner", "Bounding Box Bottom Right Hand Corner"},
    {0x00700012, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BoundingBoxTextHorizontalJustification", "Bounding Box Text Horizontal Justification"},
    {0x00700014, 0xFFFFFFFF, VR_FL, VR_FL, "2", "AnchorPoint", "Anchor Point"},
    {0x00700015, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AnchorPointVisibility", "Anchor Point Visibility"},
    {0x00700020, 0xFFFFFFFF, VR_US, VR_US, "1", "GraphicDimensions", "Graphic Dimensions"},
    {0x00700021, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfGraphicPoints", "Number Of Graphic Points"},
    {0x00700022, 0xFFFFFFFF, VR_FL, VR_FL, "2-n", "GraphicData", "Graphic Data"},
    {0x00700023, 0xFFFFFFFF, VR_CS, VR_CS, "1", "GraphicType", "Graphic Type"},
    {0x00700024, 0xFFFFFFFF, VR_CS, VR_CS, "1", "GraphicFilled", "Graphic Filled"},
    {0x00700040, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ImageRotationRetired", "Image Rotation Retired (Retired)"},
    {0x00700041, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ImageHorizontalFlip", "Image Horizontal Flip"},
    {0x00700042, 0xFFFFFFFF, VR_US, VR_US, "1", "ImageRotation", "Image Rotation"},
    {0x00700050, 0xFFFFFFFF, VR_US, VR_US, "2", "DisplayedAreaTopLeftHandCornerTrial", "Displayed Area Top Left Hand Corner Trial (Retired)"},
    {0x00700051, 0xFFFFFFFF, VR_US, VR_US, "2", "DisplayedAreaBottomRightHandCornerTrial", "Displayed Area Bottom Right Hand Corner Trial (Retired)"},
    {0x00700052, 0xFFFFFFFF, VR_SL, VR_SL, "2", "DisplayedAreaTopLeftHandCorner", "Displayed Area Top Left Hand Corner"},
    {0x00700053, 0xFFFFFFFF, VR_SL, VR_SL, "2", "DisplayedAreaBottomRightHandCorner", "Displayed Area Bottom Right Hand Corner"},
    {0x0070005A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DisplayedAreaSelectionSequence", "Displayed Area Selection Sequence"},
    {0x00700060, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "GraphicLayerSequence", "Graphic Layer Sequence"},
    {0x00700062, 0xFFFFFFFF, VR_IS, VR_IS, "1", "GraphicLayerOrder", "Graphic Layer Order"},
    {0x00700066, 0xFFFFFFFF, VR_US, VR_US, "1", "GraphicLayerRecommendedDisplayGrayscaleValue", "Graphic Layer Recommended Display Grayscale Value"},
    {0x00700067, 0xFFFFFFFF, VR_US, VR_US, "3", "GraphicLayerRecommendedDisplayRGBValue", "Graphic Layer Recommended Display RGB Value (Retired)"},
    {0x00700068, 0xFFFFFFFF, VR_LO, VR_LO, "1", "GraphicLayerDescription", "Graphic Layer Description"},
    {0x00700080, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ContentLabel", "Content Label"},
    {0x00700081, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ContentDescription", "Content Description"},
    {0x00700082, 0xFFFFFFFF, VR_DA, VR_DA, "1", "PresentationCreationDate", "Presentation Creation Date"},
    {0x00700083, 0xFFFFFFFF, VR_TM, VR_TM, "1", "PresentationCreationTime", "Presentation Creation Time"},
    {0x00700084, 0xFFFFFFFF, VR_PN, VR_PN, "1", "ContentCreatorName", "Content Creator Name"},
    {0x00700086, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ContentCreatorIdentificationCodeSequence", "Content Creator Identification Code Sequence"},
    {0x00700087, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AlternateContentDescriptionSequence", "Alternate Content Description Sequence"},
    {0x00700100, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PresentationSizeMode", "Presentation Size Mode"},
    {0x00700101, 0xFFFFFFFF, VR_DS, VR_DS, "2", "PresentationPixelSpacing", "Presentation Pixel Spacing"},
    {0x00700102, 0xFFFFFFFF, VR_IS, VR_IS, "2", "PresentationPixelAspectRatio", "Presentation Pixel Aspect Ratio"},
    {0x00700103, 0xFFFFFFFF, VR_FL, VR_FL, "1", "PresentationPixelMagnificationRatio", "Presentation Pixel Magnification Ratio"},
    {0x00700207, 0xFFFFFFFF, VR_LO, VR_LO, "1", "GraphicGroupLabel", "Graphic Group Label"},
    {0x00700208, 0xFFFFFFFF, VR_ST, VR_ST, "1", "GraphicGroupDescription", "Graphic Group Description"},
    {0x00700209, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CompoundGraphicSequence", "Compound Graphic Sequence"},
    {0x00700226, 0xFFFFFFFF, VR_UL, VR_UL, "1", "CompoundGraphicInstanceID", "Compound Graphic Instance ID"},
    {0x00700227, 0xFFFFFFFF, VR_LO, VR_LO, "1", "FontName", "Font Name"},
    {0x00700228, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FontNameType", "Font Name Type"},
    {0x00700229, 0xFFFFFFFF, VR_LO, VR_LO, "1", "CSSFontName", "CSS Font Name"},
    {0x00700230, 0xFFFFFFFF, VR_FD, VR_FD, "1", "RotationAngle", "Rotation Angle"},
    {0x00700231, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TextStyleSequence", "Text Style Sequence"},
    {0x00700232, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "LineStyleSequence", "Line Style Sequence"},
    {0x00700233, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FillStyleSequence", "Fill Style Sequence"},
    {0x00700234, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "GraphicGroupSequence", "Graphic Group Sequence"},
    {0x00700241, 0xFFFFFFFF, VR_US, VR_US, "3", "TextColorCIELabValue", "Text Color CIE Lab Value"},
    {0x00700242, 0xFFFFFFFF, VR_CS, VR_CS, "1", "HorizontalAlignment", "Horizontal Alignment"},
    {0x00700243, 0xFFFFFFFF, VR_CS, VR_CS, "1", "VerticalAlignment", "Vertical Alignment"},
    {0x00700244, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ShadowStyle", "Shadow Style"},
    {0x00700245, 0xFFFFFFFF, VR_FL, VR_FL, "1", "ShadowOffsetX", "Shadow Offset X"},
    {0x00700246, 0xFFFFFFFF, VR_FL, VR_FL, "1", "ShadowOffsetY", "Shadow Offset Y"},
    {0x00700247, 0xFFFFFFFF, VR_US, VR_US, "3", "ShadowColorCIELabValue", "Shadow Color CIE Lab Value"},
    {0x00700248, 0xFFFFFFFF, VR_CS, VR_CS, "1", "Underlined", "Underlined"},
    {0x00700249, 0xFFFFFFFF, VR_CS, VR_CS, "1", "Bold", "Bold"},
    {0x00700250, 0xFFFFFFFF, VR_CS, VR_CS, "1", "Italic", "Italic"},
    {0x00700251, 0xFFFFFFFF, VR_US, VR_US, "3", "PatternOnColorCIELabValue", "Pattern On Color CIE Lab Value"},
    {0x00700252, 0xFFFFFFFF, VR_US, VR_US, "3", "PatternOffColorCIELabValue", "Pattern Off Color CIE Lab Value"},
    {0x00700253, 0xFFFFFFFF, VR_FL, VR_FL, "1", "LineThickness", "Line Thickness"},
    {0x00700254, 0xFFFFFFFF, VR_CS, VR_CS, "1", "LineDashingStyle", "Line Dashing Style"},
    {0x00700255, 0xFFFFFFFF, VR_UL, VR_UL, "1", "LinePattern", "Line Pattern"},
    {0x00700256, 0xFFFFFFFF, VR_OB, VR_OB, "1", "FillPattern", "Fill Pattern"},
    {0x00700257, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FillMode", "Fill Mode"},
    {0x00700258, 0xFFFFFFFF, VR_FL, VR_FL, "1", "ShadowOpacity", "Shadow Opacity"},
    {0x00700261, 0xFFFFFFFF, VR_FL, VR_FL, "1", "GapLength", "Gap Length"},
    {0x00700262, 0xFFFFFFFF, VR_FL, VR_FL, "1", "DiameterOfVisibility", "Diameter Of Visibility"},
    {0x00700273, 0xFFFFFFFF, VR_FL, VR_FL, "2", "RotationPoint", "Rotation Point"},
    {0x00700274, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TickAlignment", "Tick Alignment"},
    {0x00700278, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ShowTickLabel", "Show Tick Label"},
    {0x00700279, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TickLabelAlignment", "Tick Label Alignment"},
    {0x00700282, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CompoundGraphicUnits", "Compound Graphic Units"},
    {0x00700284, 0xFFFFFFFF, VR_FL, VR_FL, "1", "PatternOnOpacity", "Pattern On Opacity"},
    {0x00700285, 0xFFFFFFFF, VR_FL, VR_FL, "1", "PatternOffOpacity", "Pattern Off Opacity"},
    {0x00700287, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MajorTicksSequence", "Major Ticks Sequence"},
    {0x00700288, 0xFFFFFFFF, VR_FL, VR_FL, "1", "TickPosition", "Tick Position"},
    {0x00700289, 0xFFFFFFFF, VR_SH, VR_SH, "1", "TickLabel", "Tick Label"},
    {0x00700294, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CompoundGraphicType", "Compound Graphic Type"},
    {0x00700295, 0xFFFFFFFF, VR_UL, VR_UL, "1", "GraphicGroupID", "Graphic Group ID"},
    {0x00700306, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ShapeType", "Shape Type"},
    {0x00700308, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RegistrationSequence", "Registration Sequence"},
    {0x00700309, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MatrixRegistrationSequence", "Matrix Registration Sequence"},
    {0x0070030A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MatrixSequence", "Matrix Sequence"},
    {0x0070030B, 0xFFFFFFFF, VR_FD, VR_FD, "16", "FrameOfReferenceToDisplayedCoordinateSystemTransformationMatrix", "Frame Of Reference To Displayed Coordinate System Transformation Matrix"},
    {0x0070030C, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FrameOfReferenceTransformationMatrixType", "Frame Of Reference Transformation Matrix Type"},
    {0x0070030D, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RegistrationTypeCodeSequence", "Registration Type Code Sequence"},
    {0x0070030F, 0xFFFFFFFF, VR_ST, VR_ST, "1", "FiducialDescription", "Fiducial Description"},
    {0x00700310, 0xFFFFFFFF, VR_SH, VR_SH, "1", "FiducialIdentifier", "Fiducial Identifier"},
    {0x00700311, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FiducialIdentifierCodeSequence", "Fiducial Identifier Code Sequence"},
    {0x00700312, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ContourUncertaintyRadius", "Contour Uncertainty Radius"},
    {0x00700314, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "UsedFiducialsSequence", "Used Fiducials Sequence"},
    {0x00700318, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "GraphicCoordinatesDataSequence", "Graphic Coordinates Data Sequence"},
    {0x0070031A, 0xFFFFFFFF, VR_UI, VR_UI, "1", "FiducialUID", "Fiducial UID"},
    {0x0070031B, 0xFFFFFFFF, VR_UI, VR_UI, "1", "ReferencedFiducialUID", "Referenced Fiducial UID"},
    {0x0070031C, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FiducialSetSequence", "Fiducial Set Sequence"},
    {0x0070031E, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FiducialSequence", "Fiducial Sequence"},
    {0x0070031F, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FiducialsPropertyCategoryCodeSequence", "Fiducials Property Category Code Sequence"},
    {0x00700401, 0xFFFFFFFF, VR_US, VR_US, "3", "GraphicLayerRecommendedDisplayCIELabValue", "Graphic Layer Recommended Display CIE Lab Value"},
    {0x00700402, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BlendingSequence", "Blending Sequence"},
    {0x00700403, 0xFFFFFFFF, VR_FL, VR_FL, "1", "RelativeOpacity", "Relative Opacity"},
    {0x00700404, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedSpatialRegistrationSequence", "Referenced Spatial Registration Sequence"},
    {0x00700405, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BlendingPosition", "Blending Position"},
    {0x00701101, 0xFFFFFFFF, VR_UI, VR_UI, "1", "PresentationDisplayCollectionUID", "Presentation Display Collection UID"},
    {0x00701102, 0xFFFFFFFF, VR_UI, VR_UI, "1", "PresentationSequenceCollectionUID", "Presentation Sequence Collection UID"},
    {0x00701103, 0xFFFFFFFF, VR_US, VR_US, "1", "PresentationSequencePositionIndex", "Presentation Sequence Position Index"},
    {0x00701104, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RenderedImageReferenceSequence", "Rendered Image Reference Sequence"},
    {0x00701201, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "VolumetricPresentationStateInputSequence", "Volumetric Presentation State Input Sequence"},
    {0x00701202, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PresentationInputType", "Presentation Input Type"},
    {0x00701203, 0xFFFFFFFF, VR_US, VR_US, "1", "InputSequencePositionIndex", "Input Sequence Position Index"},
    {0x00701204, 0xFFFFFFFF, VR_CS, VR_CS, "1", "Crop", "Crop"},
    {0x00701205, 0xFFFFFFFF, VR_US, VR_US, "1-n", "CroppingSpecificationIndex", "Cropping Specification Index"},
    {0x00701206, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CompositingMethod", "Compositing Method (Retired)"},
    {0x00701207, 0xFFFFFFFF, VR_US, VR_US, "1", "VolumetricPresentationInputNumber", "Volumetric Presentation Input Number"},
    {0x00701208, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ImageVolumeGeometry", "Image Volume Geometry"},
    {0x00701209, 0xFFFFFFFF, VR_UI, VR_UI, "1", "VolumetricPresentationInputSetUID", "Volumetric Presentation Input Set UID"},
    {0x0070120A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "VolumetricPresentationInputSetSequence", "Volumetric Presentation Input Set Sequence"},
    {0x0070120B, 0xFFFFFFFF, VR_CS, VR_CS, "1", "GlobalCrop", "Global Crop"},
    {0x0070120C, 0xFFFFFFFF, VR_US, VR_US, "1-n", "GlobalCroppingSpecificationIndex", "Global Cropping Specification Index"},
    {0x0070120D, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RenderingMethod", "Rendering Method"},
    {0x00701301, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "VolumeCroppingSequence", "Volume Cropping Sequence"},
    {0x00701302, 0xFFFFFFFF, VR_CS, VR_CS, "1", "VolumeCroppingMethod", "Volume Cropping Method"},
    {0x00701303, 0xFFFFFFFF, VR_FD, VR_FD, "6", "BoundingBoxCrop", "Bounding Box Crop"},
    {0x00701304, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ObliqueCroppingPlaneSequence", "Oblique Cropping Plane Sequence"},
    {0x00701305, 0xFFFFFFFF, VR_FD, VR_FD, "4", "Plane", "Plane"},
    {0x00701306, 0xFFFFFFFF, VR_FD, VR_FD, "3", "PlaneNormal", "Plane Normal"},
    {0x00701309, 0xFFFFFFFF, VR_US, VR_US, "1", "CroppingSpecificationNumber", "Cropping Specification Number"},
    {0x00701501, 0xFFFFFFFF, VR_CS, VR_CS, "1", "MultiPlanarReconstructionStyle", "Multi Planar Reconstruction Style"},
    {0x00701502, 0xFFFFFFFF, VR_CS, VR_CS, "1", "MPRThicknessType", "MPR Thickness Type"},
    {0x00701503, 0xFFFFFFFF, VR_FD, VR_FD, "1", "MPRSlabThickness", "MPR Slab Thickness"},
    {0x00701505, 0xFFFFFFFF, VR_FD, VR_FD, "3", "MPRTopLeftHandCorner", "MPR Top Left Hand Corner"},
    {0x00701507, 0xFFFFFFFF, VR_FD, VR_FD, "3", "MPRViewWidthDirection", "MPR View Width Direction"},
    {0x00701508, 0xFFFFFFFF, VR_FD, VR_FD, "1", "MPRViewWidth", "MPR View Width"},
    {0x0070150C, 0xFFFFFFFF, VR_UL, VR_UL, "1", "NumberOfVolumetricCurvePoints", "Number Of Volumetric Curve Points"},
    {0x0070150D, 0xFFFFFFFF, VR_OD, VR_OD, "1", "VolumetricCurvePoints", "Volumetric Curve Points"},
    {0x00701511, 0xFFFFFFFF, VR_FD, VR_FD, "3", "MPRViewHeightDirection", "MPR View Height Direction"},
    {0x00701512, 0xFFFFFFFF, VR_FD, VR_FD, "1", "MPRViewHeight", "MPR View Height"},
    {0x00701602, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RenderProjection", "Render Projection"},
    {0x00701603, 0xFFFFFFFF, VR_FD, VR_FD, "3", "ViewpointPosition", "Viewpoint Position"},
    {0x00701604, 0xFFFFFFFF, VR_FD, VR_FD, "3", "ViewpointLookAtPoint", "Viewpoint Look At Point"},
    {0x00701605, 0xFFFFFFFF, VR_FD, VR_FD, "3", "ViewpointUpDirection", "Viewpoint Up Direction"},
    {0x00701606, 0xFFFFFFFF, VR_FD, VR_FD, "6", "RenderFieldOfView", "Render Field Of View"},
    {0x00701607, 0xFFFFFFFF, VR_FD, VR_FD, "1", "SamplingStepSize", "Sampling Step Size"},
    {0x00701701, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ShadingStyle", "Shading Style"},
    {0x00701702, 0xFFFFFFFF, VR_FD, VR_FD, "1", "AmbientReflectionIntensity", "Ambient Reflection Intensity"},
    {0x00701703, 0xFFFFFFFF, VR_FD, VR_FD, "3", "LightDirection", "Light Direction"},
    {0x00701704, 0xFFFFFFFF, VR_FD, VR_FD, "1", "DiffuseReflectionIntensity", "Diffuse Reflection Intensity"},
    {0x00701705, 0xFFFFFFFF, VR_FD, VR_FD, "1", "SpecularReflectionIntensity", "Specular Reflection Intensity"},
    {0x00701706, 0xFFFFFFFF, VR_FD, VR_FD, "1", "Shininess", "Shininess"},
    {0x00701801, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PresentationStateClassificationComponentSequence", "Presentation State Classification Component Sequence"},
    {0x00701802, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ComponentType", "Component Type"},
    {0x00701803, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ComponentInputSequence", "Component Input Sequence"},
    {0x00701804, 0xFFFFFFFF, VR_US, VR_US, "1", "VolumetricPresentationInputIndex", "Volumetric Presentation Input Index"},
    {0x00701805, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PresentationStateCompositorComponentSequence", "Presentation State Compositor Component Sequence"},
    {0x00701806, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "WeightingTransferFunctionSequence", "Weighting Transfer Function Sequence"},
    {0x00701807, 0xFFFFFFFF, VR_US, VR_US, "3", "WeightingLookupTableDescriptor", "Weighting Lookup Table Descriptor"},
    {0x00701808, 0xFFFFFFFF, VR_OB, VR_OB, "1", "WeightingLookupTableData", "Weighting Lookup Table Data"},
    {0x00701901, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "VolumetricAnnotationSequence", "Volumetric Annotation Sequence"},
    {0x00701903, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedStructuredContextSequence", "Referenced Structured Context Sequence"},
    {0x00701904, 0xFFFFFFFF, VR_UI, VR_UI, "1", "ReferencedContentItem", "Referenced Content Item"},
    {0x00701905, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "VolumetricPresentationInputAnnotationSequence", "Volumetric Presentation Input Annotation Sequence"},
    {0x00701907, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AnnotationClipping", "Annotation Clipping"},
    {0x00701A01, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PresentationAnimationStyle", "Presentation Animation Style"},
    {0x00701A03, 0xFFFFFFFF, VR_FD, VR_FD, "1", "RecommendedAnimationRate", "Recommended Animation Rate"},
    {0x00701A04, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AnimationCurveSequence", "Animation Curve Sequence"},
    {0x00701A05, 0xFFFFFFFF, VR_FD, VR_FD, "1", "AnimationStepSize", "Animation Step Size"},
    {0x00701A06, 0xFFFFFFFF, VR_FD, VR_FD, "1", "SwivelRange", "Swivel Range"},
    {0x00701A07, 0xFFFFFFFF, VR_OD, VR_OD, "1", "VolumetricCurveUpDirections", "Volumetric Curve Up Directions"},
    {0x00701A08, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "VolumeStreamSequence", "Volume Stream Sequence"},
    {0x00701A09, 0xFFFFFFFF, VR_LO, VR_LO, "1", "RGBATransferFunctionDescription", "RGBA Transfer Function Description"},
    {0x00701B01, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AdvancedBlendingSequence", "Advanced Blending Sequence"},
    {0x00701B02, 0xFFFFFFFF, VR_US, VR_US, "1", "BlendingInputNumber", "Blending Input Number"},
    {0x00701B03, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BlendingDisplayInputSequence", "Blending Display Input Sequence"},
    {0x00701B04, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BlendingDisplaySequence", "Blending Display Sequence"},
    {0x00701B06, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BlendingMode", "Blending Mode"},
    {0x00701B07, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TimeSeriesBlending", "Time Series Blending"},
    {0x00701B08, 0xFFFFFFFF, VR_CS, VR_CS, "1", "GeometryForDisplay", "Geometry For Display"},
    {0x00701B11, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ThresholdSequence", "Threshold Sequence"},
    {0x00701B12, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ThresholdValueSequence", "Threshold Value Sequence"},
    {0x00701B13, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ThresholdType", "Threshold Type"},
    {0x00701B14, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ThresholdValue", "Threshold Value"},
    {0x00720002, 0xFFFFFFFF, VR_SH, VR_SH, "1", "HangingProtocolName", "Hanging Protocol Name"},
    {0x00720004, 0xFFFFFFFF, VR_LO, VR_LO, "1", "HangingProtocolDescription", "Hanging Protocol Description"},
    {0x00720006, 0xFFFFFFFF, VR_CS, VR_CS, "1", "HangingProtocolLevel", "Hanging Protocol Level"},
    {0x00720008, 0xFFFFFFFF, VR_LO, VR_LO, "1", "HangingProtocolCreator", "Hanging Protocol Creator"},
    {0x0072000A, 0xFFFFFFFF, VR_DT, VR_DT, "1", "HangingProtocolCreationDateTime", "Hanging Protocol Creation Date Time"},
    {0x0072000C, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "HangingProtocolDefinitionSequence", "Hanging Protocol Definition Sequence"},
    {0x0072000E, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "HangingProtocolUserIdentificationCodeSequence", "Hanging Protocol User Identification Code Sequence"},
    {0x00720010, 0xFFFFFFFF, VR_LO, VR_LO, "1", "HangingProtocolUserGroupName", "Hanging Protocol User Group Name"},
    {0x00720012, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SourceHangingProtocolSequence", "Source Hanging Protocol Sequence"},
    {0x00720014, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfPriorsReferenced", "Number Of Priors Referenced"},
    {0x00720020, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ImageSetsSequence", "Image Sets Sequence"},
    {0x00720022, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ImageSetSelectorSequence", "Image Set Selector Sequence"},
    {0x00720024, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ImageSetSelectorUsageFlag", "Image Set Selector Usage Flag"},
    {0x00720026, 0xFFFFFFFF, VR_AT, VR_AT, "1", "SelectorAttribute", "Selector Attribute"},
    {0x00720028, 0xFFFFFFFF, VR_US, VR_US, "1", "SelectorValueNumber", "Selector Value Number"},
    {0x00720030, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TimeBasedImageSetsSequence", "Time Based Image Sets Sequence"},
    {0x00720032, 0xFFFFFFFF, VR_US, VR_US, "1", "ImageSetNumber", "Image Set Number"},
    {0x00720034, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ImageSetSelectorCategory", "Image Set Selector Category"},
    {0x00720038, 0xFFFFFFFF, VR_US, VR_US, "2", "RelativeTime", "Relative Time"},
    {0x0072003A, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RelativeTimeUnits", "Relative Time Units"},
    {0x0072003C, 0xFFFFFFFF, VR_SS, VR_SS, "2", "AbstractPriorValue", "Abstract Prior Value"},
    {0x0072003E, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AbstractPriorCodeSequence", "Abstract Prior Code Sequence"},
    {0x00720040, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ImageSetLabel", "Image Set Label"},
    {0x00720050, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SelectorAttributeVR", "Selector Attribute VR"},
    {0x00720052, 0xFFFFFFFF, VR_AT, VR_AT, "1-n", "SelectorSequencePointer", "Selector Sequence Pointer"},
    {0x00720054, 0xFFFFFFFF, VR_LO, VR_LO, "1-n", "SelectorSequencePointerPrivateCreator", "Selector Sequence Pointer Private Creator"},
    {0x00720056, 0xFFFFFFFF, VR_LO, VR_LO, "1", "SelectorAttributePrivateCreator", "Selector Attribute Private Creator"},
    {0x0072005E, 0xFFFFFFFF, VR_AE, VR_AE, "1-n", "SelectorAEValue", "Selector AE Value"},
    {0x0072005F, 0xFFFFFFFF, VR_AS, VR_AS, "1-n", "SelectorASValue", "Selector AS Value"},
    {0x00720060, 0xFFFFFFFF, VR_AT, VR_AT, "1-n", "SelectorATValue", "Selector AT Value"},
    {0x00720061, 0xFFFFFFFF, VR_DA, VR_DA, "1-n", "SelectorDAValue", "Selector DA Value"},
    {0x00720062, 0xFFFFFFFF, VR_CS, VR_CS, "1-n", "SelectorCSValue", "Selector CS Value"},
    {0x00720063, 0xFFFFFFFF, VR_DT, VR_DT, "1-n", "SelectorDTValue", "Selector DT Value"},
    {0x00720064, 0xFFFFFFFF, VR_IS, VR_IS, "1-n", "SelectorISValue", "Selector IS Value"},
    {0x00720065, 0xFFFFFFFF, VR_OB, VR_OB, "1", "SelectorOBValue", "Selector OB Value"},
    {0x00720066, 0xFFFFFFFF, VR_LO, VR_LO, "1-n", "SelectorLOValue", "Selector LO Value"},
    {0x00720067, 0xFFFFFFFF, VR_OF, VR_OF, "1", "SelectorOFValue", "Selector OF Value"},
    {0x00720068, 0xFFFFFFFF, VR_LT, VR_LT, "1", "SelectorLTValue", "Selector LT Value"},
    {0x00720069, 0xFFFFFFFF, VR_OW, VR_OW, "1", "SelectorOWValue", "Selector OW Value"},
    {0x0072006A, 0xFFFFFFFF, VR_PN, VR_PN, "1-n", "SelectorPNValue", "Selector PN Value"},
    {0x0072006B, 0xFFFFFFFF, VR_TM, VR_TM, "1-n", "SelectorTMValue", "Selector TM Value"},
    {0x0072006C, 0xFFFFFFFF, VR_SH, VR_SH, "1-n", "SelectorSHValue", "Selector SH Value"},
    {0x0072006D, 0xFFFFFFFF, VR_UN, VR_UN, "1", "SelectorUNValue", "Selector UN Value"},
    {0x0072006E, 0xFFFFFFFF, VR_ST, VR_ST, "1", "SelectorSTValue", "Selector ST Value"},
    {0x0072006F, 0xFFFFFFFF, VR_UC, VR_UC, "1-n", "SelectorUCValue", "Selector UC Value"},
    {0x00720070, 0xFFFFFFFF, VR_UT, VR_UT, "1", "SelectorUTValue", "Selector UT Value"},
    {0x00720071, 0xFFFFFFFF, VR_UR, VR_UR, "1", "SelectorURValue", "Selector UR Value"},
    {0x00720072, 0xFFFFFFFF, VR_DS, VR_DS, "1-n", "SelectorDSValue", "Selector DS Value"},
    {0x00720073, 0xFFFFFFFF, VR_OD, VR_OD, "1", "SelectorODValue", "Selector OD Value"},
    {0x00720074, 0xFFFFFFFF, VR_FD, VR_FD, "1-n", "SelectorFDValue", "Selector FD Value"},
    {0x00720075, 0xFFFFFFFF, VR_OL, VR_OL, "1", "SelectorOLValue", "Selector OL Value"},
    {0x00720076, 0xFFFFFFFF, VR_FL, VR_FL, "1-n", "SelectorFLValue", "Selector FL Value"},
    {0x00720078, 0xFFFFFFFF, VR_UL, VR_UL, "1-n", "SelectorULValue", "Selector UL Value"},
    {0x0072007A, 0xFFFFFFFF, VR_US, VR_US, "1-n", "SelectorUSValue", "Selector US Value"},
    {0x0072007C, 0xFFFFFFFF, VR_SL, VR_SL, "1-n", "SelectorSLValue", "Selector SL Value"},
    {0x0072007E, 0xFFFFFFFF, VR_SS, VR_SS, "1-n", "SelectorSSValue", "Selector SS Value"},
    {0x0072007F, 0xFFFFFFFF, VR_UI, VR_UI, "1-n", "SelectorUIValue", "Selector UI Value"},
    {0x00720080, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SelectorCodeSequenceValue", "Selector Code Sequence Value"},
    {0x00720081, 0xFFFFFFFF, VR_OV, VR_OV, "1", "SelectorOVValue", "Selector OV Value"},
    {0x00720082, 0xFFFFFFFF, VR_SV, VR_SV, "1-n", "SelectorSVValue", "Selector SV Value"},
    {0x00720083, 0xFFFFFFFF, VR_UV, VR_UV, "1-n", "SelectorUVValue", "Selector UV Value"},
    {0x00720100, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfScreens", "Number Of Screens"},
    {0x00720102, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "NominalScreenDefinitionSequence", "Nominal Screen Definition Sequence"},
    {0x00720104, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfVerticalPixels", "Number Of Vertical Pixels"},
    {0x00720106, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfHorizontalPixels", "Number Of Horizontal Pixels"},
    {0x00720108, 0xFFFFFFFF, VR_FD, VR_FD, "4", "DisplayEnvironmentSpatialPosition", "Display Environment Spatial Position"},
    {0x0072010A, 0xFFFFFFFF, VR_US, VR_US, "1", "ScreenMinimumGrayscaleBitDepth", "Screen Minimum Grayscale Bit Depth"},
    {0x0072010C, 0xFFFFFFFF, VR_US, VR_US, "1", "ScreenMinimumColorBitDepth", "Screen Minimum Color Bit Depth"},
    {0x0072010E, 0xFFFFFFFF, VR_US, VR_US, "1", "ApplicationMaximumRepaintTime", "Application Maximum Repaint Time"},
    {0x00720200, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DisplaySetsSequence", "Display Sets Sequence"},
    {0x00720202, 0xFFFFFFFF, VR_US, VR_US, "1", "DisplaySetNumber", "Display Set Number"},
    {0x00720203, 0xFFFFFFFF, VR_LO, VR_LO, "1", "DisplaySetLabel", "Display Set Label"},
    {0x00720204, 0xFFFFFFFF, VR_US, VR_US, "1", "DisplaySetPresentationGroup", "Display Set Presentation Group"},
    {0x00720206, 0xFFFFFFFF, VR_LO, VR_LO, "1", "DisplaySetPresentationGroupDescription", "Display Set Presentation Group Description"},
    {0x00720208, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PartialDataDisplayHandling", "Partial Data Display Handling"},
    {0x00720210, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SynchronizedScrollingSequence", "Synchronized Scrolling Sequence"},
    {0x00720212, 0xFFFFFFFF, VR_US, VR_US, "2-n", "DisplaySetScrollingGroup", "Display Set Scrolling Group"},
    {0x00720214, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "NavigationIndicatorSequence", "Navigation Indicator Sequence"},
    {0x00720216, 0xFFFFFFFF, VR_US, VR_US, "1", "NavigationDisplaySet", "Navigation Display Set"},
    {0x00720218, 0xFFFFFFFF, VR_US, VR_US, "1-n", "ReferenceDisplaySets", "Reference Display Sets"},
    {0x00720300, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ImageBoxesSequence", "Image Boxes Sequence"},
    {0x00720302, 0xFFFFFFFF, VR_US, VR_US, "1", "ImageBoxNumber", "Image Box Number"},
    {0x00720304, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ImageBoxLayoutType", "Image Box Layout Type"},
    {0x00720306, 0xFFFFFFFF, VR_US, VR_US, "1", "ImageBoxTileHorizontalDimension", "Image Box Tile Horizontal Dimension"},
    {0x00720308, 0xFFFFFFFF, VR_US, VR_US, "1", "ImageBoxTileVerticalDimension", "Image Box Tile Vertical Dimension"},
    {0x00720310, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ImageBoxScrollDirection", "Image Box Scroll Direction"},
    {0x00720312, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ImageBoxSmallScrollType", "Image Box Small Scroll Type"},
    {0x00720314, 0xFFFFFFFF, VR_US, VR_US, "1", "ImageBoxSmallScrollAmount", "Image Box Small Scroll Amount"},
    {0x00720316, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ImageBoxLargeScrollType", "Image Box Large Scroll Type"},
    {0x00720318, 0xFFFFFFFF, VR_US, VR_US, "1", "ImageBoxLargeScrollAmount", "Image Box Large Scroll Amount"},
    {0x00720320, 0xFFFFFFFF, VR_US, VR_US, "1", "ImageBoxOverlapPriority", "Image Box Overlap Priority"},
    {0x00720330, 0xFFFFFFFF, VR_FD, VR_FD, "1", "CineRelativeToRealTime", "Cine Relative To Real Time"},
    {0x00720400, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FilterOperationsSequence", "Filter Operations Sequence"},
    {0x00720402, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FilterByCategory", "Filter By Category"},
    {0x00720404, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FilterByAttributePresence", "Filter By Attribute Presence"},
    {0x00720406, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FilterByOperator", "Filter By Operator"},
    {0x00720420, 0xFFFFFFFF, VR_US, VR_US, "3", "StructuredDisplayBackgroundCIELabValue", "Structured Display Background CIE Lab Value"},
    {0x00720421, 0xFFFFFFFF, VR_US, VR_US, "3", "EmptyImageBoxCIELabValue", "Empty Image Box CIE Lab Value"},
    {0x00720422, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "StructuredDisplayImageBoxSequence", "Structured Display Image Box Sequence"},
    {0x00720424, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "StructuredDisplayTextBoxSequence", "Structured Display Text Box Sequence"},
    {0x00720427, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedFirstFrameSequence", "Referenced First Frame Sequence"},
    {0x00720430, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ImageBoxSynchronizationSequence", "Image Box Synchronization Sequence"},
    {0x00720432, 0xFFFFFFFF, VR_US, VR_US, "2-n", "SynchronizedImageBoxList", "Synchronized Image Box List"},
    {0x00720434, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TypeOfSynchronization", "Type Of Synchronization"},
    {0x00720500, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BlendingOperationType", "Blending Operation Type"},
    {0x00720510, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ReformattingOperationType", "Reformatting Operation Type"},
    {0x00720512, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ReformattingThickness", "Reformatting Thickness"},
    {0x00720514, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ReformattingInterval", "Reformatting Interval"},
    {0x00720516, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ReformattingOperationInitialViewDirection", "Reformatting Operation Initial View Direction"},
    {0x00720520, 0xFFFFFFFF, VR_CS, VR_CS, "1-n", "ThreeDRenderingType", "Three D Rendering Type"},
    {0x00720600, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SortingOperationsSequence", "Sorting Operations Sequence"},
    {0x00720602, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SortByCategory", "Sort By Category"},
    {0x00720604, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SortingDirection", "Sorting Direction"},
    {0x00720700, 0xFFFFFFFF, VR_CS, VR_CS, "2", "DisplaySetPatientOrientation", "Display Set Patient Orientation"},
    {0x00720702, 0xFFFFFFFF, VR_CS, VR_CS, "1", "VOIType", "VOI Type"},
    {0x00720704, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PseudoColorType", "Pseudo Color Type"},
    {0x00720705, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PseudoColorPaletteInstanceReferenceSequence", "Pseudo Color Palette Instance Reference Sequence"},
    {0x00720706, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ShowGrayscaleInverted", "Show Grayscale Inverted"},
    {0x00720710, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ShowImageTrueSizeFlag", "Show Image True Size Flag"},
    {0x00720712, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ShowGraphicAnnotationFlag", "Show Graphic Annotation Flag"},
    {0x00720714, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ShowPatientDemographicsFlag", "Show Patient Demographics Flag"},
    {0x00720716, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ShowAcquisitionTechniquesFlag", "Show Acquisition Techniques Flag"},
    {0x00720717, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DisplaySetHorizontalJustification", "Display Set Horizontal Justification"},
    {0x00720718, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DisplaySetVerticalJustification", "Display Set Vertical Justification"},
    {0x00740120, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ContinuationStartMeterset", "Continuation Start Meterset"},
    {0x00740121, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ContinuationEndMeterset", "Continuation End Meterset"},
    {0x00741000, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ProcedureStepState", "Procedure Step State"},
    {0x00741002, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ProcedureStepProgressInformationSequence", "Procedure Step Progress Information Sequence"},
    {0x00741004, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ProcedureStepProgress", "Procedure Step Progress"},
    {0x00741006, 0xFFFFFFFF, VR_ST, VR_ST, "1", "ProcedureStepProgressDescription", "Procedure Step Progress Description"},
    {0x00741007, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ProcedureStepProgressParametersSequence", "Procedure Step Progress Parameters Sequence"},
    {0x00741008, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ProcedureStepCommunicationsURISequence", "Procedure Step Communications URI Sequence"},
    {0x0074100A, 0xFFFFFFFF, VR_UR, VR_UR, "1", "ContactURI", "Contact URI"},
    {0x0074100C, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ContactDisplayName", "Contact Display Name"},
    {0x0074100E, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ProcedureStepDiscontinuationReasonCodeSequence", "Procedure Step Discontinuation Reason Code Sequence"},
    {0x00741020, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BeamTaskSequence", "Beam Task Sequence"},
    {0x00741022, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BeamTaskType", "Beam Task Type"},
    {0x00741024, 0xFFFFFFFF, VR_IS, VR_IS, "1", "BeamOrderIndexTrial", "Beam Order Index Trial (Retired)"},
    {0x00741025, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AutosequenceFlag", "Autosequence Flag"},
    {0x00741026, 0xFFFFFFFF, VR_FD, VR_FD, "1", "TableTopVerticalAdjustedPosition", "Table Top Vertical Adjusted Position"},
    {0x00741027, 0xFFFFFFFF, VR_FD, VR_FD, "1", "TableTopLongitudinalAdjustedPosition", "Table Top Longitudinal Adjusted Position"},
    {0x00741028, 0xFFFFFFFF, VR_FD, VR_FD, "1", "TableTopLateralAdjustedPosition", "Table Top Lateral Adjusted Position"},
    {0x0074102A, 0xFFFFFFFF, VR_FD, VR_FD, "1", "PatientSupportAdjustedAngle", "Patient Support Adjusted Angle"},
    {0x0074102B, 0xFFFFFFFF, VR_FD, VR_FD, "1", "TableTopEccentricAdjustedAngle", "Table Top Eccentric Adjusted Angle"},
    {0x0074102C, 0xFFFFFFFF, VR_FD, VR_FD, "1", "TableTopPitchAdjustedAngle", "Table Top Pitch Adjusted Angle"},
    {0x0074102D, 0xFFFFFFFF, VR_FD, VR_FD, "1", "TableTopRollAdjustedAngle", "Table Top Roll Adjusted Angle"},
    {0x00741030, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DeliveryVerificationImageSequence", "Delivery Verification Image Sequence"},
    {0x00741032, 0xFFFFFFFF, VR_CS, VR_CS, "1", "VerificationImageTiming", "Verification Image Timing"},
    {0x00741034, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DoubleExposureFlag", "Double Exposure Flag"},
    {0x00741036, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DoubleExposureOrdering", "Double Exposure Ordering"},
    {0x00741038, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DoubleExposureMetersetTrial", "Double Exposure Meterset Trial (Retired)"},
    {0x0074103A, 0xFFFFFFFF, VR_DS, VR_DS, "4", "DoubleExposureFieldDeltaTrial", "Double Exposure Field Delta Trial (Retired)"},
    {0x00741040, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RelatedReferenceRTImageSequence", "Related Reference RT Image Sequence"},
    {0x00741042, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "GeneralMachineVerificationSequence", "General Machine Verification Sequence"},
    {0x00741044, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ConventionalMachineVerificationSequence", "Conventional Machine Verification Sequence"},
    {0x00741046, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IonMachineVerificationSequence", "Ion Machine Verification Sequence"},
    {0x00741048, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FailedAttributesSequence", "Failed Attributes Sequence"},
    {0x0074104A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OverriddenAttributesSequence", "Overridden Attributes Sequence"},
    {0x0074104C, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ConventionalControlPointVerificationSequence", "Conventional Control Point Verification Sequence"},
    {0x0074104E, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IonControlPointVerificationSequence", "Ion Control Point Verification Sequence"},
    {0x00741050, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AttributeOccurrenceSequence", "Attribute Occurrence Sequence"},
    {0x00741052, 0xFFFFFFFF, VR_AT, VR_AT, "1", "AttributeOccurrencePointer", "Attribute Occurrence Pointer"},
    {0x00741054, 0xFFFFFFFF, VR_UL, VR_UL, "1", "AttributeItemSelector", "Attribute Item Selector"},
    {0x00741056, 0xFFFFFFFF, VR_LO, VR_LO, "1", "AttributeOccurrencePrivateCreator", "Attribute Occurrence Private Creator"},
    {0x00741057, 0xFFFFFFFF, VR_IS, VR_IS, "1-n", "SelectorSequencePointerItems", "Selector Sequence Pointer Items"},
    {0x00741200, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ScheduledProcedureStepPriority", "Scheduled Procedure Step Priority"},
    {0x00741202, 0xFFFFFFFF, VR_LO, VR_LO, "1", "WorklistLabel", "Worklist Label"},
    {0x00741204, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ProcedureStepLabel", "Procedure Step Label"},
    {0x00741210, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ScheduledProcessingParametersSequence", "Scheduled Processing Parameters Sequence"},
    {0x00741212, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PerformedProcessingParametersSequence", "Performed Processing Parameters Sequence"},
    {0x00741216, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "UnifiedProcedureStepPerformedProcedureSequence", "Unified Procedure Step Performed Procedure Sequence"},
    {0x00741220, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RelatedProcedureStepSequence", "Related Procedure Step Sequence (Retired)"},
    {0x00741222, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ProcedureStepRelationshipType", "Procedure Step Relationship Type (Retired)"},
    {0x00741224, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReplacedProcedureStepSequence", "Replaced Procedure Step Sequence"},
    {0x00741230, 0xFFFFFFFF, VR_LO, VR_LO, "1", "DeletionLock", "Deletion Lock"},
    {0x00741234, 0xFFFFFFFF, VR_AE, VR_AE, "1", "ReceivingAE", "Receiving AE"},
    {0x00741236, 0xFFFFFFFF, VR_AE, VR_AE, "1", "RequestingAE", "Requesting AE"},
    {0x00741238, 0xFFFFFFFF, VR_LT, VR_LT, "1", "ReasonForCancellation", "Reason For Cancellation"},
    {0x00741242, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SCPStatus", "SCP Status"},
    {0x00741244, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SubscriptionListStatus", "Subscription List Status"},
    {0x00741246, 0xFFFFFFFF, VR_CS, VR_CS, "1", "UnifiedProcedureStepListStatus", "Unified Procedure Step List Status"},
    {0x00741324, 0xFFFFFFFF, VR_UL, VR_UL, "1", "BeamOrderIndex", "Beam Order Index"},
    {0x00741338, 0xFFFFFFFF, VR_FD, VR_FD, "1", "DoubleExposureMeterset", "Double Exposure Meterset"},
    {0x0074133A, 0xFFFFFFFF, VR_FD, VR_FD, "4", "DoubleExposureFieldDelta", "Double Exposure Field Delta"},
    {0x00741401, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BrachyTaskSequence", "Brachy Task Sequence"},
    {0x00741402, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ContinuationStartTotalReferenceAirKerma", "Continuation Start Total Reference Air Kerma"},
    {0x00741403, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ContinuationEndTotalReferenceAirKerma", "Continuation End Total Reference Air Kerma"},
    {0x00741404, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ContinuationPulseNumber", "Continuation Pulse Number"},
    {0x00741405, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ChannelDeliveryOrderSequence", "Channel Delivery Order Sequence"},
    {0x00741406, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ReferencedChannelNumber", "Referenced Channel Number"},
    {0x00741407, 0xFFFFFFFF, VR_DS, VR_DS, "1", "StartCumulativeTimeWeight", "Start Cumulative Time Weight"},
    {0x00741408, 0xFFFFFFFF, VR_DS, VR_DS, "1", "EndCumulativeTimeWeight", "End Cumulative Time Weight"},
    {0x00741409, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OmittedChannelSequence", "Omitted Channel Sequence"},
    {0x0074140A, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ReasonForChannelOmission", "Reason For Channel Omission"},
    {0x0074140B, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ReasonForChannelOmissionDescription", "Reason For Channel Omission Description"},
    {0x0074140C, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ChannelDeliveryOrderIndex", "Channel Delivery Order Index"},
    {0x0074140D, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ChannelDeliveryContinuationSequence", "Channel Delivery Continuation Sequence"},
    {0x0074140E, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OmittedApplicationSetupSequence", "Omitted Application Setup Sequence"},
    {0x00760001, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ImplantAssemblyTemplateName", "Implant Assembly Template Name"},
    {0x00760003, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ImplantAssemblyTemplateIssuer", "Implant Assembly Template Issuer"},
    {0x00760006, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ImplantAssemblyTemplateVersion", "Implant Assembly Template Version"},
    {0x00760008, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReplacedImplantAssemblyTemplateSequence", "Replaced Implant Assembly Template Sequence"},
    {0x0076000A, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ImplantAssemblyTemplateType", "Implant Assembly Template Type"},
    {0x0076000C, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OriginalImplantAssemblyTemplateSequence", "Original Implant Assembly Template Sequence"},
    {0x0076000E, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DerivationImplantAssemblyTemplateSequence", "Derivation Implant Assembly Template Sequence"},
    {0x00760010, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ImplantAssemblyTemplateTargetAnatomySequence", "Implant Assembly Template Target Anatomy Sequence"},
    {0x00760020, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ProcedureTypeCodeSequence", "Procedure Type Code Sequence"},
    {0x00760030, 0xFFFFFFFF, VR_LO, VR_LO, "1", "SurgicalTechnique", "Surgical Technique"},
    {0x00760032, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ComponentTypesSequence", "Component Types Sequence"},
    {0x00760034, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ComponentTypeCodeSequence", "Component Type Code Sequence"},
    {0x00760036, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ExclusiveComponentType", "Exclusive Component Type"},
    {0x00760038, 0xFFFFFFFF, VR_CS, VR_CS, "1", "MandatoryComponentType", "Mandatory Component Type"},
    {0x00760040, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ComponentSequence", "Component Sequence"},
    {0x00760055, 0xFFFFFFFF, VR_US, VR_US, "1", "ComponentID", "Component ID"},
    {0x00760060, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ComponentAssemblySequence", "Component Assembly Sequence"},
    {0x00760070, 0xFFFFFFFF, VR_US, VR_US, "1", "Component1ReferencedID", "Component1 Referenced ID"},
    {0x00760080, 0xFFFFFFFF, VR_US, VR_US, "1", "Component1ReferencedMatingFeatureSetID", "Component1 Referenced Mating Feature Set ID"},
    {0x00760090, 0xFFFFFFFF, VR_US, VR_US, "1", "Component1ReferencedMatingFeatureID", "Component1 Referenced Mating Feature ID"},
    {0x007600A0, 0xFFFFFFFF, VR_US, VR_US, "1", "Component2ReferencedID", "Component2 Referenced ID"},
    {0x007600B0, 0xFFFFFFFF, VR_US, VR_US, "1", "Component2ReferencedMatingFeatureSetID", "Component2 Referenced Mating Feature Set ID"},
    {0x007600C0, 0xFFFFFFFF, VR_US, VR_US, "1", "Component2ReferencedMatingFeatureID", "Component2 Referenced Mating Feature ID"},
    {0x00780001, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ImplantTemplateGroupName", "Implant Template Group Name"},
    {0x00780010, 0xFFFFFFFF, VR_ST, VR_ST, "1", "ImplantTemplateGroupDescription", "Implant Template Group Description"},
    {0x00780020, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ImplantTemplateGroupIssuer", "Implant Template Group Issuer"},
    {0x00780024, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ImplantTemplateGroupVersion", "Implant Template Group Version"},
    {0x00780026, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReplacedImplantTemplateGroupSequence", "Replaced Implant Template Group Sequence"},
    {0x00780028, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ImplantTemplateGroupTargetAnatomySequence", "Implant Template Group Target Anatomy Sequence"},
    {0x0078002A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ImplantTemplateGroupMembersSequence", "Implant Template Group Members Sequence"},
    {0x0078002E, 0xFFFFFFFF, VR_US, VR_US, "1", "ImplantTemplateGroupMemberID", "Implant Template Group Member ID"},
    {0x00780050, 0xFFFFFFFF, VR_FD, VR_FD, "3", "ThreeDImplantTemplateGroupMemberMatchingPoint", "Three D Implant Template Group Member Matching Point"},
    {0x00780060, 0xFFFFFFFF, VR_FD, VR_FD, "9", "ThreeDImplantTemplateGroupMemberMatchingAxes", "Three D Implant Template Group Member Matching Axes"},
    {0x00780070, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ImplantTemplateGroupMemberMatching2DCoordinatesSequence", "Implant Template Group Member Matching2 D Coordinates Sequence"},
    {0x00780090, 0xFFFFFFFF, VR_FD, VR_FD, "2", "TwoDImplantTemplateGroupMemberMatchingPoint", "Two D Implant Template Group Member Matching Point"},
    {0x007800A0, 0xFFFFFFFF, VR_FD, VR_FD, "4", "TwoDImplantTemplateGroupMemberMatchingAxes", "Two D Implant Template Group Member Matching Axes"},
    {0x007800B0, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ImplantTemplateGroupVariationDimensionSequence", "Implant Template Group Variation Dimension Sequence"},
    {0x007800B2, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ImplantTemplateGroupVariationDimensionName", "Implant Template Group Variation Dimension Name"},
    {0x007800B4, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ImplantTemplateGroupVariationDimensionRankSequence", "Implant Template Group Variation Dimension Rank Sequence"},
    {0x007800B6, 0xFFFFFFFF, VR_US, VR_US, "1", "ReferencedImplantTemplateGroupMemberID", "Referenced Implant Template Group Member ID"},
    {0x007800B8, 0xFFFFFFFF, VR_US, VR_US, "1", "ImplantTemplateGroupVariationDimensionRank", "Implant Template Group Variation Dimension Rank"},
    {0x00800001, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SurfaceScanAcquisitionTypeCodeSequence", "Surface Scan Acquisition Type Code Sequence"},
    {0x00800002, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SurfaceScanModeCodeSequence", "Surface Scan Mode Code Sequence"},
    {0x00800003, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RegistrationMethodCodeSequence", "Registration Method Code Sequence"},
    {0x00800004, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ShotDurationTime", "Shot Duration Time"},
    {0x00800005, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ShotOffsetTime", "Shot Offset Time"},
    {0x00800006, 0xFFFFFFFF, VR_US, VR_US, "1-n", "SurfacePointPresentationValueData", "Surface Point Presentation Value Data"},
    {0x00800007, 0xFFFFFFFF, VR_US, VR_US, "3-3n", "SurfacePointColorCIELabValueData", "Surface Point Color CIE Lab Value Data"},
    {0x00800008, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "UVMappingSequence", "UV Mapping Sequence"},
    {0x00800009, 0xFFFFFFFF, VR_SH, VR_SH, "1", "TextureLabel", "Texture Label"},
    {0x00800010, 0xFFFFFFFF, VR_OF, VR_OF, "1", "UValueData", "U Value Data"},
    {0x00800011, 0xFFFFFFFF, VR_OF, VR_OF, "1", "VValueData", "V Value Data"},
    {0x00800012, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedTextureSequence", "Referenced Texture Sequence"},
    {0x00800013, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedSurfaceDataSequence", "Referenced Surface Data Sequence"},
    {0x00820001, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AssessmentSummary", "Assessment Summary"},
    {0x00820003, 0xFFFFFFFF, VR_UT, VR_UT, "1", "AssessmentSummaryDescription", "Assessment Summary Description"},
    {0x00820004, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AssessedSOPInstanceSequence", "Assessed SOP Instance Sequence"},
    {0x00820005, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedComparisonSOPInstanceSequence", "Referenced Comparison SOP Instance Sequence"},
    {0x00820006, 0xFFFFFFFF, VR_UL, VR_UL, "1", "NumberOfAssessmentObservations", "Number Of Assessment Observations"},
    {0x00820007, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AssessmentObservationsSequence", "Assessment Observations Sequence"},
    {0x00820008, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ObservationSignificance", "Observation Significance"},
    {0x0082000A, 0xFFFFFFFF, VR_UT, VR_UT, "1", "ObservationDescription", "Observation Description"},
    {0x0082000C, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "StructuredConstraintObservationSequence", "Structured Constraint Observation Sequence"},
    {0x00820010, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AssessedAttributeValueSequence", "Assessed Attribute Value Sequence"},
    {0x00820016, 0xFFFFFFFF, VR_LO, VR_LO, "1", "AssessmentSetID", "Assessment Set ID"},
    {0x00820017, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AssessmentRequesterSequence", "Assessment Requester Sequence"},
    {0x00820018, 0xFFFFFFFF, VR_LO, VR_LO, "1", "SelectorAttributeName", "Selector Attribute Name"},
    {0x00820019, 0xFFFFFFFF, VR_LO, VR_LO, "1", "SelectorAttributeKeyword", "Selector Attribute Keyword"},
    {0x00820021, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AssessmentTypeCodeSequence", "Assessment Type Code Sequence"},
    {0x00820022, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ObservationBasisCodeSequence", "Observation Basis Code Sequence"},
    {0x00820023, 0xFFFFFFFF, VR_LO, VR_LO, "1", "AssessmentLabel", "Assessment Label"},
    {0x00820032, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ConstraintType", "Constraint Type"},
    {0x00820033, 0xFFFFFFFF, VR_UT, VR_UT, "1", "SpecificationSelectionGuidance", "Specification Selection Guidance"},
    {0x00820034, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ConstraintValueSequence", "Constraint Value Sequence"},
    {0x00820035, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RecommendedDefaultValueSequence", "Recommended Default Value Sequence"},
    {0x00820036, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ConstraintViolationSignificance", "Constraint Violation Significance"},
    {0x00820037, 0xFFFFFFFF, VR_UT, VR_UT, "1", "ConstraintViolationCondition", "Constraint Violation Condition"},
    {0x00820038, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ModifiableConstraintFlag", "Modifiable Constraint Flag"},
    {0x00880130, 0xFFFFFFFF, VR_SH, VR_SH, "1", "StorageMediaFileSetID", "Storage Media File Set ID"},
    {0x00880140, 0xFFFFFFFF, VR_UI, VR_UI, "1", "StorageMediaFileSetUID", "Storage Media File Set UID"},
    {0x00880200, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IconImageSequence", "Icon Image Sequence"},
    {0x00880904, 0xFFFFFFFF, VR_LO, VR_LO, "1", "TopicTitle", "Topic Title (Retired)"},
    {0x00880906, 0xFFFFFFFF, VR_ST, VR_ST, "1", "TopicSubject", "Topic Subject (Retired)"},
    {0x00880910, 0xFFFFFFFF, VR_LO, VR_LO, "1", "TopicAuthor", "Topic Author (Retired)"},
    {0x00880912, 0xFFFFFFFF, VR_LO, VR_LO, "1-32", "TopicKeywords", "Topic Keywords (Retired)"},
    {0x01000410, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SOPInstanceStatus", "SOP Instance Status"},
    {0x01000420, 0xFFFFFFFF, VR_DT, VR_DT, "1", "SOPAuthorizationDateTime", "SOP Authorization Date Time"},
    {0x01000424, 0xFFFFFFFF, VR_LT, VR_LT, "1", "SOPAuthorizationComment", "SOP Authorization Comment"},
    {0x01000426, 0xFFFFFFFF, VR_LO, VR_LO, "1", "AuthorizationEquipmentCertificationNumber", "Authorization Equipment Certification Number"},
    {0x04000005, 0xFFFFFFFF, VR_US, VR_US, "1", "MACIDNumber", "MACID Number"},
    {0x04000010, 0xFFFFFFFF, VR_UI, VR_UI, "1", "MACCalculationTransferSyntaxUID", "MAC Calculation Transfer Syntax UID"},
    {0x04000015, 0xFFFFFFFF, VR_CS, VR_CS, "1", "MACAlgorithm", "MAC Algorithm"},
    {0x04000020, 0xFFFFFFFF, VR_AT, VR_AT, "1-n", "DataElementsSigned", "Data Elements Signed"},
    {0x04000100, 0xFFFFFFFF, VR_UI, VR_UI, "1", "DigitalSignatureUID", "Digital Signature UID"},
    {0x04000105, 0xFFFFFFFF, VR_DT, VR_DT, "1", "DigitalSignatureDateTime", "Digital Signature Date Time"},
    {0x04000110, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CertificateType", "Certificate Type"},
    {0x04000115, 0xFFFFFFFF, VR_OB, VR_OB, "1", "CertificateOfSigner", "Certificate Of Signer"},
    {0x04000120, 0xFFFFFFFF, VR_OB, VR_OB, "1", "Signature", "Signature"},
    {0x04000305, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CertifiedTimestampType", "Certified Timestamp Type"},
    {0x04000310, 0xFFFFFFFF, VR_OB, VR_OB, "1", "CertifiedTimestamp", "Certified Timestamp"},
    {0x04000401, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DigitalSignaturePurposeCodeSequence", "Digital Signature Purpose Code Sequence"},
    {0x04000402, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedDigitalSignatureSequence", "Referenced Digital Signature Sequence"},
    {0x04000403, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedSOPInstanceMACSequence", "Referenced SOP Instance MAC Sequence"},
    {0x04000404, 0xFFFFFFFF, VR_OB, VR_OB, "1", "MAC", "MAC"},
    {0x04000500, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "EncryptedAttributesSequence", "Encrypted Attributes Sequence"},
    {0x04000510, 0xFFFFFFFF, VR_UI, VR_UI, "1", "EncryptedContentTransferSyntaxUID", "Encrypted Content Transfer Syntax UID"},
    {0x04000520, 0xFFFFFFFF, VR_OB, VR_OB, "1", "EncryptedContent", "Encrypted Content"},
    {0x04000550, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ModifiedAttributesSequence", "Modified Attributes Sequence"},
    {0x04000551, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "NonconformingModifiedAttributesSequence", "Nonconforming Modified Attributes Sequence"},
    {0x04000552, 0xFFFFFFFF, VR_OB, VR_OB, "1", "NonconformingDataElementValue", "Nonconforming Data Element Value"},
    {0x04000561, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OriginalAttributesSequence", "Original Attributes Sequence"},
    {0x04000562, 0xFFFFFFFF, VR_DT, VR_DT, "1", "AttributeModificationDateTime", "Attribute Modification Date Time"},
    {0x04000563, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ModifyingSystem", "Modifying System"},
    {0x04000564, 0xFFFFFFFF, VR_LO, VR_LO, "1", "SourceOfPreviousValues", "Source Of Previous Values"},
    {0x04000565, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ReasonForTheAttributeModification", "Reason For The Attribute Modification"},
    {0x04000600, 0xFFFFFFFF, VR_CS, VR_CS, "1", "InstanceOriginStatus", "Instance Origin Status"},
    {0x10000010, 0xFFFFFFFF, VR_US, VR_US, "3", "EscapeTriplet", "Escape Triplet (Retired)"},
    {0x10000011, 0xFFFFFFFF, VR_US, VR_US, "3", "RunLengthTriplet", "Run Length Triplet (Retired)"},
    {0x10000012, 0xFFFFFFFF, VR_US, VR_US, "1", "HuffmanTableSize", "Huffman Table Size (Retired)"},
    {0x10000013, 0xFFFFFFFF, VR_US, VR_US, "3", "HuffmanTableTriplet", "Huffman Table Triplet (Retired)"},
    {0x10000014, 0xFFFFFFFF, VR_US, VR_US, "1", "ShiftTableSize", "Shift Table Size (Retired)"},
    {0x10000015, 0xFFFFFFFF, VR_US, VR_US, "3", "ShiftTableTriplet", "Shift Table Triplet (Retired)"},
    {0x10100004, 0xFFFFFFFF, VR_US, VR_US, "1-n", "ZonalMap", "Zonal Map (Retired)"},
    {0x20000010, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfCopies", "Number Of Copies"},
    {0x2000001E, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PrinterConfigurationSequence", "Printer Configuration Sequence"},
    {0x20000020, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PrintPriority", "Print Priority"},
    {0x20000030, 0xFFFFFFFF, VR_CS, VR_CS, "1", "MediumType", "Medium Type"},
    {0x20000040, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FilmDestination", "Film Destination"},
    {0x20000050, 0xFFFFFFFF, VR_LO, VR_LO, "1", "FilmSessionLabel", "Film Session Label"},
    {0x20000060, 0xFFFFFFFF, VR_IS, VR_IS, "1", "MemoryAllocation", "Memory Allocation"},
    {0x20000061, 0xFFFFFFFF, VR_IS, VR_IS, "1", "MaximumMemoryAllocation", "Maximum Memory Allocation"},
    {0x20000062, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ColorImagePrintingFlag", "Color Image Printing Flag (Retired)"},
    {0x20000063, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CollationFlag", "Collation Flag (Retired)"},
    {0x20000065, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AnnotationFlag", "Annotation Flag (Retired)"},
    {0x20000067, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ImageOverlayFlag", "Image Overlay Flag (Retired)"},
    {0x20000069, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PresentationLUTFlag", "Presentation LUT Flag (Retired)"},
    {0x2000006A, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ImageBoxPresentationLUTFlag", "Image Box Presentation LUT Flag (Retired)"},
    {0x200000A0, 0xFFFFFFFF, VR_US, VR_US, "1", "MemoryBitDepth", "Memory Bit Depth"},
    {0x200000A1, 0xFFFFFFFF, VR_US, VR_US, "1", "PrintingBitDepth", "Printing Bit Depth"},
    {0x200000A2, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MediaInstalledSequence", "Media Installed Sequence"},
    {0x200000A4, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OtherMediaAvailableSequence", "Other Media Available Sequence"},
    {0x200000A8, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SupportedImageDisplayFormatsSequence", "Supported Image Display Formats Sequence"},
    {0x20000500, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedFilmBoxSequence", "Referenced Film Box Sequence"},
    {0x20000510, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedStoredPrintSequence", "Referenced Stored Print Sequence (Retired)"},
    {0x20100010, 0xFFFFFFFF, VR_ST, VR_ST, "1", "ImageDisplayFormat", "Image Display Format"},
    {0x20100030, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AnnotationDisplayFormatID", "Annotation Display Format ID"},
    {0x20100040, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FilmOrientation", "Film Orientation"},
    {0x20100050, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FilmSizeID", "Film Size ID"},
    {0x20100052, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PrinterResolutionID", "Printer Resolution ID"},
    {0x20100054, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DefaultPrinterResolutionID", "Default Printer Resolution ID"},
    {0x20100060, 0xFFFFFFFF, VR_CS, VR_CS, "1", "MagnificationType", "Magnification Type"},
    {0x20100080, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SmoothingType", "Smoothing Type"},
    {0x201000A6, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DefaultMagnificationType", "Default Magnification Type"},
    {0x201000A7, 0xFFFFFFFF, VR_CS, VR_CS, "1-n", "OtherMagnificationTypesAvailable", "Other Magnification Types Available"},
    {0x201000A8, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DefaultSmoothingType", "Default Smoothing Type"},
    {0x201000A9, 0xFFFFFFFF, VR_CS, VR_CS, "1-n", "OtherSmoothingTypesAvailable", "Other Smoothing Types Available"},
    {0x20100100, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BorderDensity", "Border Density"},
    {0x20100110, 0xFFFFFFFF, VR_CS, VR_CS, "1", "EmptyImageDensity", "Empty Image Density"},
    {0x20100120, 0xFFFFFFFF, VR_US, VR_US, "1", "MinDensity", "Min Density"},
    {0x20100130, 0xFFFFFFFF, VR_US, VR_US, "1", "MaxDensity", "Max Density"},
    {0x20100140, 0xFFFFFFFF, VR_CS, VR_CS, "1", "Trim", "Trim"},
    {0x20100150, 0xFFFFFFFF, VR_ST, VR_ST, "1", "ConfigurationInformation", "Configuration Information"},
    {0x20100152, 0xFFFFFFFF, VR_LT, VR_LT, "1", "ConfigurationInformationDescription", "Configuration Information Description"},
    {0x20100154, 0xFFFFFFFF, VR_IS, VR_IS, "1", "MaximumCollatedFilms", "Maximum Collated Films"},
    {0x2010015E, 0xFFFFFFFF, VR_US, VR_US, "1", "Illumination", "Illumination"},
    {0x20100160, 0xFFFFFFFF, VR_US, VR_US, "1", "ReflectedAmbientLight", "Reflected Ambient Light"},
    {0x20100376, 0xFFFFFFFF, VR_DS, VR_DS, "2", "PrinterPixelSpacing", "Printer Pixel Spacing"},
    {0x20100500, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedFilmSessionSequence", "Referenced Film Session Sequence"},
    {0x20100510, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedImageBoxSequence", "Referenced Image Box Sequence"},
    {0x20100520, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedBasicAnnotationBoxSequence", "Referenced Basic Annotation Box Sequence"},
    {0x20200010, 0xFFFFFFFF, VR_US, VR_US, "1", "ImageBoxPosition", "Image Box Position"},
    {0x20200020, 0xFFFFFFFF, VR_CS, VR_CS, "1", "Polarity", "Polarity"},
    {0x20200030, 0xFFFFFFFF, VR_DS, VR_DS, "1", "RequestedImageSize", "Requested Image Size"},
    {0x20200040, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RequestedDecimateCropBehavior", "Requested Decimate Crop Behavior"},
    {0x20200050, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RequestedResolutionID", "Requested Resolution ID"},
    {0x202000A0, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RequestedImageSizeFlag", "Requested Image Size Flag"},
    {0x202000A2, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DecimateCropResult", "Decimate Crop Result"},
    {0x20200110, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BasicGrayscaleImageSequence", "Basic Grayscale Image Sequence"},
    {0x20200111, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BasicColorImageSequence", "Basic Color Image Sequence"},
    {0x20200130, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedImageOverlayBoxSequence", "Referenced Image Overlay Box Sequence (Retired)"},
    {0x20200140, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedVOILUTBoxSequence", "Referenced VOILUT Box Sequence (Retired)"},
    {0x20300010, 0xFFFFFFFF, VR_US, VR_US, "1", "AnnotationPosition", "Annotation Position"},
    {0x20300020, 0xFFFFFFFF, VR_LO, VR_LO, "1", "TextString", "Text String"},
    {0x20400010, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedOverlayPlaneSequence", "Referenced Overlay Plane Sequence (Retired)"},
    {0x20400011, 0xFFFFFFFF, VR_US, VR_US, "1-99", "ReferencedOverlayPlaneGroups", "Referenced Overlay Plane Groups (Retired)"},
    {0x20400020, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OverlayPixelDataSequence", "Overlay Pixel Data Sequence (Retired)"},
    {0x20400060, 0xFFFFFFFF, VR_CS, VR_CS, "1", "OverlayMagnificationType", "Overlay Magnification Type (Retired)"},
    {0x20400070, 0xFFFFFFFF, VR_CS, VR_CS, "1", "OverlaySmoothingType", "Overlay Smoothing Type (Retired)"},
    {0x20400072, 0xFFFFFFFF, VR_CS, VR_CS, "1", "OverlayOrImageMagnification", "Overlay Or Image Magnification (Retired)"},
    {0x20400074, 0xFFFFFFFF, VR_US, VR_US, "1", "MagnifyToNumberOfColumns", "Magnify To Number Of Columns (Retired)"},
    {0x20400080, 0xFFFFFFFF, VR_CS, VR_CS, "1", "OverlayForegroundDensity", "Overlay Foreground Density (Retired)"},
    {0x20400082, 0xFFFFFFFF, VR_CS, VR_CS, "1", "OverlayBackgroundDensity", "Overlay Background Density (Retired)"},
    {0x20400090, 0xFFFFFFFF, VR_CS, VR_CS, "1", "OverlayMode", "Overlay Mode (Retired)"},
    {0x20400100, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ThresholdDensity", "Threshold Density (Retired)"},
    {0x20400500, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedImageBoxSequenceRetired", "Referenced Image Box Sequence Retired (Retired)"},
    {0x20500010, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PresentationLUTSequence", "Presentation LUT Sequence"},
    {0x20500020, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PresentationLUTShape", "Presentation LUT Shape"},
    {0x20500500, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedPresentationLUTSequence", "Referenced Presentation LUT Sequence"},
    {0x21000010, 0xFFFFFFFF, VR_SH, VR_SH, "1", "PrintJobID", "Print Job ID (Retired)"},
    {0x21000020, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ExecutionStatus", "Execution Status"},
    {0x21000030, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ExecutionStatusInfo", "Execution Status Info"},
    {0x21000040, 0xFFFFFFFF, VR_DA, VR_DA, "1", "CreationDate", "Creation Date"},
    {0x21000050, 0xFFFFFFFF, VR_TM, VR_TM, "1", "CreationTime", "Creation Time"},
    {0x21000070, 0xFFFFFFFF, VR_AE, VR_AE, "1", "Originator", "Originator"},
    {0x21000140, 0xFFFFFFFF, VR_AE, VR_AE, "1", "DestinationAE", "Destination AE"},
    {0x21000160, 0xFFFFFFFF, VR_SH, VR_SH, "1", "OwnerID", "Owner ID"},
    {0x21000170, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfFilms", "Number Of Films"},
    {0x21000500, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedPrintJobSequencePullStoredPrint", "Referenced Print Job Sequence Pull Stored Print (Retired)"},
    {0x21100010, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PrinterStatus", "Printer Status"},
    {0x21100020, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PrinterStatusInfo", "Printer Status Info"},
    {0x21100030, 0xFFFFFFFF, VR_LO, VR_LO, "1", "PrinterName", "Printer Name"},
    {0x21100099, 0xFFFFFFFF, VR_SH, VR_SH, "1", "PrintQueueID", "Print Queue ID (Retired)"},
    {0x21200010, 0xFFFFFFFF, VR_CS, VR_CS, "1", "QueueStatus", "Queue Status (Retired)"},
    {0x21200050, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PrintJobDescriptionSequence", "Print Job Description Sequence (Retired)"},
    {0x21200070, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedPrintJobSequence", "Referenced Print Job Sequence (Retired)"},
    {0x21300010, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PrintManagementCapabilitiesSequence", "Print Management Capabilities Sequence (Retired)"},
    {0x21300015, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PrinterCharacteristicsSequence", "Printer Characteristics Sequence (Retired)"},
    {0x21300030, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FilmBoxContentSequence", "Film Box Content Sequence (Retired)"},
    {0x21300040, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ImageBoxContentSequence", "Image Box Content Sequence (Retired)"},
    {0x21300050, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AnnotationContentSequence", "Annotation Content Sequence (Retired)"},
    {0x21300060, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ImageOverlayBoxContentSequence", "Image Overlay Box Content Sequence (Retired)"},
    {0x21300080, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PresentationLUTContentSequence", "Presentation LUT Content Sequence (Retired)"},
    {0x213000A0, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ProposedStudySequence", "Proposed Study Sequence"},
    {0x213000C0, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OriginalImageSequence", "Original Image Sequence"},
    {0x22000001, 0xFFFFFFFF, VR_CS, VR_CS, "1", "LabelUsingInformationExtractedFromInstances", "Label Using Information Extracted From Instances"},
    {0x22000002, 0xFFFFFFFF, VR_UT, VR_UT, "1", "LabelText", "Label Text"},
    {0x22000003, 0xFFFFFFFF, VR_CS, VR_CS, "1", "LabelStyleSelection", "Label Style Selection"},
    {0x22000004, 0xFFFFFFFF, VR_LT, VR_LT, "1", "MediaDisposition", "Media Disposition"},
    {0x22000005, 0xFFFFFFFF, VR_LT, VR_LT, "1", "BarcodeValue", "Barcode Value"},
    {0x22000006, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BarcodeSymbology", "Barcode Symbology"},
    {0x22000007, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AllowMediaSplitting", "Allow Media Splitting"},
    {0x22000008, 0xFFFFFFFF, VR_CS, VR_CS, "1", "IncludeNonDICOMObjects", "Include Non DICOM Objects"},
    {0x22000009, 0xFFFFFFFF, VR_CS, VR_CS, "1", "IncludeDisplayApplication", "Include Display Application"},
    {0x2200000A, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PreserveCompositeInstancesAfterMediaCreation", "Preserve Composite Instances After Media Creation"},
    {0x2200000B, 0xFFFFFFFF, VR_US, VR_US, "1", "TotalNumberOfPiecesOfMediaCreated", "Total Number Of Pieces Of Media Created"},
    {0x2200000C, 0xFFFFFFFF, VR_LO, VR_LO, "1", "RequestedMediaApplicationProfile", "Requested Media Application Profile"},
    {0x2200000D, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedStorageMediaSequence", "Referenced Storage Media Sequence"},
    {0x2200000E, 0xFFFFFFFF, VR_AT, VR_AT, "1-n", "FailureAttributes", "Failure Attributes"},
    {0x2200000F, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AllowLossyCompression", "Allow Lossy Compression"},
    {0x22000020, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RequestPriority", "Request Priority"},
    {0x30020002, 0xFFFFFFFF, VR_SH, VR_SH, "1", "RTImageLabel", "RT Image Label"},
    {0x30020003, 0xFFFFFFFF, VR_LO, VR_LO, "1", "RTImageName", "RT Image Name"},
    {0x30020004, 0xFFFFFFFF, VR_ST, VR_ST, "1", "RTImageDescription", "RT Image Description"},
    {0x3002000A, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ReportedValuesOrigin", "Reported Values Origin"},
    {0x3002000C, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RTImagePlane", "RT Image Plane"},
    {0x3002000D, 0xFFFFFFFF, VR_DS, VR_DS, "3", "XRayImageReceptorTranslation", "X Ray Image Receptor Translation"},
    {0x3002000E, 0xFFFFFFFF, VR_DS, VR_DS, "1", "XRayImageReceptorAngle", "X Ray Image Receptor Angle"},
    {0x30020010, 0xFFFFFFFF, VR_DS, VR_DS, "6", "RTImageOrientation", "RT Image Orientation"},
    {0x30020011, 0xFFFFFFFF, VR_DS, VR_DS, "2", "ImagePlanePixelSpacing", "Image Plane Pixel Spacing"},
    {0x30020012, 0xFFFFFFFF, VR_DS, VR_DS, "2", "RTImagePosition", "RT Image Position"},
    {0x30020020, 0xFFFFFFFF, VR_SH, VR_SH, "1", "RadiationMachineName", "Radiation Machine Name"},
    {0x30020022, 0xFFFFFFFF, VR_DS, VR_DS, "1", "RadiationMachineSAD", "Radiation Machine SAD"},
    {0x30020024, 0xFFFFFFFF, VR_DS, VR_DS, "1", "RadiationMachineSSD", "Radiation Machine SSD"},
    {0x30020026, 0xFFFFFFFF, VR_DS, VR_DS, "1", "RTImageSID", "RT Image SID"},
    {0x30020028, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SourceToReferenceObjectDistance", "Source To Reference Object Distance"},
    {0x30020029, 0xFFFFFFFF, VR_IS, VR_IS, "1", "FractionNumber", "Fraction Number"},
    {0x30020030, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ExposureSequence", "Exposure Sequence"},
    {0x30020032, 0xFFFFFFFF, VR_DS, VR_DS, "1", "MetersetExposure", "Meterset Exposure"},
    {0x30020034, 0xFFFFFFFF, VR_DS, VR_DS, "4", "DiaphragmPosition", "Diaphragm Position"},
    {0x30020040, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FluenceMapSequence", "Fluence Map Sequence"},
    {0x30020041, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FluenceDataSource", "Fluence Data Source"},
    {0x30020042, 0xFFFFFFFF, VR_DS, VR_DS, "1", "FluenceDataScale", "Fluence Data Scale"},
    {0x30020050, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PrimaryFluenceModeSequence", "Primary Fluence Mode Sequence"},
    {0x30020051, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FluenceMode", "Fluence Mode"},
    {0x30020052, 0xFFFFFFFF, VR_SH, VR_SH, "1", "FluenceModeID", "Fluence Mode ID"},
    {0x30040001, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DVHType", "DVH Type"},
    {0x30040002, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DoseUnits", "Dose Units"},
    {0x30040004, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DoseType", "Dose Type"},
    {0x30040005, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SpatialTransformOfDose", "Spatial Transform Of Dose"},
    {0x30040006, 0xFFFFFFFF, VR_LO, VR_LO, "1", "DoseComment", "Dose Comment"},
    {0x30040008, 0xFFFFFFFF, VR_DS, VR_DS, "3", "NormalizationPoint", "Normalization Point"},
    {0x3004000A, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DoseSummationType", "Dose Summation Type"},
    {0x3004000C, 0xFFFFFFFF, VR_DS, VR_DS, "2-n", "GridFrameOffsetVector", "Grid Frame Offset Vector"},
    {0x3004000E, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DoseGridScaling", "Dose Grid Scaling"},
    {0x30040010, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RTDoseROISequence", "RT Dose ROI Sequence"},
    {0x30040012, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DoseValue", "Dose Value"},
    {0x30040014, 0xFFFFFFFF, VR_CS, VR_CS, "1-3", "TissueHeterogeneityCorrection", "Tissue Heterogeneity Correction"},
    {0x30040040, 0xFFFFFFFF, VR_DS, VR_DS, "3", "DVHNormalizationPoint", "DVH Normalization Point"},
    {0x30040042, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DVHNormalizationDoseValue", "DVH Normalization Dose Value"},
    {0x30040050, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DVHSequence", "DVH Sequence"},
    {0x30040052, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DVHDoseScaling", "DVH Dose Scaling"},
    {0x30040054, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DVHVolumeUnits", "DVH Volume Units"},
    {0x30040056, 0xFFFFFFFF, VR_IS, VR_IS, "1", "DVHNumberOfBins", "DVH Number Of Bins"},
    {0x30040058, 0xFFFFFFFF, VR_DS, VR_DS, "2-2n", "DVHData", "DVH Data"},
    {0x30040060, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DVHReferencedROISequence", "DVH Referenced ROI Sequence"},
    {0x30040062, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DVHROIContributionType", "DVHROI Contribution Type"},
    {0x30040070, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DVHMinimumDose", "DVH Minimum Dose"},
    {0x30040072, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DVHMaximumDose", "DVH Maximum Dose"},
    {0x30040074, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DVHMeanDose", "DVH Mean Dose"},
    {0x30060002, 0xFFFFFFFF, VR_SH, VR_SH, "1", "StructureSetLabel", "Structure Set Label"},
    {0x30060004, 0xFFFFFFFF, VR_LO, VR_LO, "1", "StructureSetName", "Structure Set Name"},
    {0x30060006, 0xFFFFFFFF, VR_ST, VR_ST, "1", "StructureSetDescription", "Structure Set Description"},
    {0x30060008, 0xFFFFFFFF, VR_DA, VR_DA, "1", "StructureSetDate", "Structure Set Date"},
    {0x30060009, 0xFFFFFFFF, VR_TM, VR_TM, "1", "StructureSetTime", "Structure Set Time"},
    {0x30060010, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedFrameOfReferenceSequence", "Referenced Frame Of Reference Sequence"},
    {0x30060012, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RTReferencedStudySequence", "RT Referenced Study Sequence"},
    {0x30060014, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RTReferencedSeriesSequence", "RT Referenced Series Sequence"},
    {0x30060016, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ContourImageSequence", "Contour Image Sequence"},
    {0x30060018, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PredecessorStructureSetSequence", "Predecessor Structure Set Sequence"},
    {0x30060020, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "StructureSetROISequence", "Structure Set ROI Sequence"},
    {0x30060022, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ROINumber", "ROI Number"},
    {0x30060024, 0xFFFFFFFF, VR_UI, VR_UI, "1", "ReferencedFrameOfReferenceUID", "Referenced Frame Of Reference UID"},
    {0x30060026, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ROIName", "ROI Name"},
    {0x30060028, 0xFFFFFFFF, VR_ST, VR_ST, "1", "ROIDescription", "ROI Description"},
    {0x3006002A, 0xFFFFFFFF, VR_IS, VR_IS, "3", "ROIDisplayColor", "ROI Display Color"},
    {0x3006002C, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ROIVolume", "ROI Volume"},
    {0x30060030, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RTRelatedROISequence", "RT Related ROI Sequence"},
    {0x30060033, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RTROIRelationship", "RTROI Relationship"},
    {0x30060036, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ROIGenerationAlgorithm", "ROI Generation Algorithm"},
    {0x30060037, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ROIDerivationAlgorithmIdentificationSequence", "ROI Derivation Algorithm Identification Sequence"},
    {0x30060038, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ROIGenerationDescription", "ROI Generation Description"},
    {0x30060039, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ROIContourSequence", "ROI Contour Sequence"},
    {0x30060040, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ContourSequence", "Contour Sequence"},
    {0x30060042, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ContourGeometricType", "Contour Geometric Type"},
    {0x30060044, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ContourSlabThickness", "Contour Slab Thickness (Retired)"},
    {0x30060045, 0xFFFFFFFF, VR_DS, VR_DS, "3", "ContourOffsetVector", "Contour Offset Vector (Retired)"},
    {0x30060046, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfContourPoints", "Number Of Contour Points"},
    {0x30060048, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ContourNumber", "Contour Number"},
    {0x30060049, 0xFFFFFFFF, VR_IS, VR_IS, "1-n", "AttachedContours", "Attached Contours (Retired)"},
    {0x3006004A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SourcePixelPlanesCharacteristicsSequence", "Source Pixel Planes Characteristics Sequence"},
    {0x30060050, 0xFFFFFFFF, VR_DS, VR_DS, "3-3n", "ContourData", "Contour Data"},
    {0x30060080, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RTROIObservationsSequence", "RTROI Observations Sequence"},
    {0x30060082, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ObservationNumber", "Observation Number"},
    {0x30060084, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ReferencedROINumber", "Referenced ROI Number"},
    {0x30060085, 0xFFFFFFFF, VR_SH, VR_SH, "1", "ROIObservationLabel", "ROI Observation Label"},
    {0x30060086, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RTROIIdentificationCodeSequence", "RTROI Identification Code Sequence"},
    {0x30060088, 0xFFFFFFFF, VR_ST, VR_ST, "1", "ROIObservationDescription", "ROI Observation Description"},
    {0x300600A0, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RelatedRTROIObservationsSequence", "Related RTROI Observations Sequence"},
    {0x300600A4, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RTROIInterpretedType", "RTROI Interpreted Type"},
    {0x300600A6, 0xFFFFFFFF, VR_PN, VR_PN, "1", "ROIInterpreter", "ROI Interpreter"},
    {0x300600B0, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ROIPhysicalPropertiesSequence", "ROI Physical Properties Sequence"},
    {0x300600B2, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ROIPhysicalProperty", "ROI Physical Property"},
    {0x300600B4, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ROIPhysicalPropertyValue", "ROI Physical Property Value"},
    {0x300600B6, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ROIElementalCompositionSequence", "ROI Elemental Composition Sequence"},
    {0x300600B7, 0xFFFFFFFF, VR_US, VR_US, "1", "ROIElementalCompositionAtomicNumber", "ROI Elemental Composition Atomic Number"},
    {0x300600B8, 0xFFFFFFFF, VR_FL, VR_FL, "1", "ROIElementalCompositionAtomicMassFraction", "ROI Elemental Composition Atomic Mass Fraction"},
    {0x300600B9, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AdditionalRTROIIdentificationCodeSequence", "Additional RTROI Identification Code Sequence (Retired)"},
    {0x300600C0, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FrameOfReferenceRelationshipSequence", "Frame Of Reference Relationship Sequence (Retired)"},
    {0x300600C2, 0xFFFFFFFF, VR_UI, VR_UI, "1", "RelatedFrameOfReferenceUID", "Related Frame Of Reference UID (Retired)"},
    {0x300600C4, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FrameOfReferenceTransformationType", "Frame Of Reference Transformation Type (Retired)"},
    {0x300600C6, 0xFFFFFFFF, VR_DS, VR_DS, "16", "FrameOfReferenceTransformationMatrix", "Frame Of Reference Transformation Matrix"},
    {0x300600C8, 0xFFFFFFFF, VR_LO, VR_LO, "1", "FrameOfReferenceTransformationComment", "Frame Of Reference Transformation Comment"},
    {0x300600C9, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PatientLocationCoordinatesSequence", "Patient Location Coordinates Sequence"},
    {0x300600CA, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PatientLocationCoordinatesCodeSequence", "Patient Location Coordinates Code Sequence"},
    {0x300600CB, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PatientSupportPositionSequence", "Patient Support Position Sequence"},
    {0x30080010, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MeasuredDoseReferenceSequence", "Measured Dose Reference Sequence"},
    {0x30080012, 0xFFFFFFFF, VR_ST, VR_ST, "1", "MeasuredDoseDescription", "Measured Dose Description"},
    {0x30080014, 0xFFFFFFFF, VR_CS, VR_CS, "1", "MeasuredDoseType", "Measured Dose Type"},
    {0x30080016, 0xFFFFFFFF, VR_DS, VR_DS, "1", "MeasuredDoseValue", "Measured Dose Value"},
    {0x30080020, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TreatmentSessionBeamSequence", "Treatment Session Beam Sequence"},
    {0x30080021, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TreatmentSessionIonBeamSequence", "Treatment Session Ion Beam Sequence"},
    {0x30080022, 0xFFFFFFFF, VR_IS, VR_IS, "1", "CurrentFractionNumber", "Current Fraction Number"},
    {0x30080024, 0xFFFFFFFF, VR_DA, VR_DA, "1", "TreatmentControlPointDate", "Treatment Control Point Date"},
    {0x30080025, 0xFFFFFFFF, VR_TM, VR_TM, "1", "TreatmentControlPointTime", "Treatment Control Point Time"},
    {0x3008002A, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TreatmentTerminationStatus", "Treatment Termination Status"},
    {0x3008002B, 0xFFFFFFFF, VR_SH, VR_SH, "1", "TreatmentTerminationCode", "Treatment Termination Code"},
    {0x3008002C, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TreatmentVerificationStatus", "Treatment Verification Status"},
    {0x30080030, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedTreatmentRecordSequence", "Referenced Treatment Record Sequence"},
    {0x30080032, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SpecifiedPrimaryMeterset", "Specified Primary Meterset"},
    {0x30080033, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SpecifiedSecondaryMeterset", "Specified Secondary Meterset"},
    {0x30080036, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DeliveredPrimaryMeterset", "Delivered Primary Meterset"},
    {0x30080037, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DeliveredSecondaryMeterset", "Delivered Secondary Meterset"},
    {0x3008003A, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SpecifiedTreatmentTime", "Specified Treatment Time"},
    {0x3008003B, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DeliveredTreatmentTime", "Delivered Treatment Time"},
    {0x30080040, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ControlPointDeliverySequence", "Control Point Delivery Sequence"},
    {0x30080041, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IonControlPointDeliverySequence", "Ion Control Point Delivery Sequence"},
    {0x30080042, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SpecifiedMeterset", "Specified Meterset"},
    {0x30080044, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DeliveredMeterset", "Delivered Meterset"},
    {0x30080045, 0xFFFFFFFF, VR_FL, VR_FL, "1", "MetersetRateSet", "Meterset Rate Set"},
    {0x30080046, 0xFFFFFFFF, VR_FL, VR_FL, "1", "MetersetRateDelivered", "Meterset Rate Delivered"},
    {0x30080047, 0xFFFFFFFF, VR_FL, VR_FL, "1-n", "ScanSpotMetersetsDelivered", "Scan Spot Metersets Delivered"},
    {0x30080048, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DoseRateDelivered", "Dose Rate Delivered"},
    {0x30080050, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TreatmentSummaryCalculatedDoseReferenceSequence", "Treatment Summary Calculated Dose Reference Sequence"},
    {0x30080052, 0xFFFFFFFF, VR_DS, VR_DS, "1", "CumulativeDoseToDoseReference", "Cumulative Dose To Dose Reference"},
    {0x30080054, 0xFFFFFFFF, VR_DA, VR_DA, "1", "FirstTreatmentDate", "First Treatment Date"},
    {0x30080056, 0xFFFFFFFF, VR_DA, VR_DA, "1", "MostRecentTreatmentDate", "Most Recent Treatment Date"},
    {0x3008005A, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfFractionsDelivered", "Number Of Fractions Delivered"},
    {0x30080060, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OverrideSequence", "Override Sequence"},
    {0x30080061, 0xFFFFFFFF, VR_AT, VR_AT, "1", "ParameterSequencePointer", "Parameter Sequence Pointer"},
    {0x30080062, 0xFFFFFFFF, VR_AT, VR_AT, "1", "OverrideParameterPointer", "Override Parameter Pointer"},
    {0x30080063, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ParameterItemIndex", "Parameter Item Index"},
    {0x30080064, 0xFFFFFFFF, VR_IS, VR_IS, "1", "MeasuredDoseReferenceNumber", "Measured Dose Reference Number"},
    {0x30080065, 0xFFFFFFFF, VR_AT, VR_AT, "1", "ParameterPointer", "Parameter Pointer"},
    {0x30080066, 0xFFFFFFFF, VR_ST, VR_ST, "1", "OverrideReason", "Override Reason"},
    {0x30080067, 0xFFFFFFFF, VR_US, VR_US, "1", "ParameterValueNumber", "Parameter Value Number"},
    {0x30080068, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CorrectedParameterSequence", "Corrected Parameter Sequence"},
    {0x3008006A, 0xFFFFFFFF, VR_FL, VR_FL, "1", "CorrectionValue", "Correction Value"},
    {0x30080070, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CalculatedDoseReferenceSequence", "Calculated Dose Reference Sequence"},
    {0x30080072, 0xFFFFFFFF, VR_IS, VR_IS, "1", "CalculatedDoseReferenceNumber", "Calculated Dose Reference Number"},
    {0x30080074, 0xFFFFFFFF, VR_ST, VR_ST, "1", "CalculatedDoseReferenceDescription", "Calculated Dose Reference Description"},
    {0x30080076, 0xFFFFFFFF, VR_DS, VR_DS, "1", "CalculatedDoseReferenceDoseValue", "Calculated Dose Reference Dose Value"},
    {0x30080078, 0xFFFFFFFF, VR_DS, VR_DS, "1", "StartMeterset", "Start Meterset"},
    {0x3008007A, 0xFFFFFFFF, VR_DS, VR_DS, "1", "EndMeterset", "End Meterset"},
    {0x30080080, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedMeasuredDoseReferenceSequence", "Referenced Measured Dose Reference Sequence"},
    {0x30080082, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ReferencedMeasuredDoseReferenceNumber", "Referenced Measured Dose Reference Number"},
    {0x30080090, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedCalculatedDoseReferenceSequence", "Referenced Calculated Dose Reference Sequence"},
    {0x30080092, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ReferencedCalculatedDoseReferenceNumber", "Referenced Calculated Dose Reference Number"},
    {0x300800A0, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BeamLimitingDeviceLeafPairsSequence", "Beam Limiting Device Leaf Pairs Sequence"},
    {0x300800B0, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RecordedWedgeSequence", "Recorded Wedge Sequence"},
    {0x300800C0, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RecordedCompensatorSequence", "Recorded Compensator Sequence"},
    {0x300800D0, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RecordedBlockSequence", "Recorded Block Sequence"},
    {0x300800D1, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RecordedBlockSlabSequence", "Recorded Block Slab Sequence"},
    {0x300800E0, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TreatmentSummaryMeasuredDoseReferenceSequence", "Treatment Summary Measured Dose Reference Sequence"},
    {0x300800F0, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RecordedSnoutSequence", "Recorded Snout Sequence"},
    {0x300800F2, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RecordedRangeShifterSequence", "Recorded Range Shifter Sequence"},
    {0x300800F4, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RecordedLateralSpreadingDeviceSequence", "Recorded Lateral Spreading Device Sequence"},
    {0x300800F6, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RecordedRangeModulatorSequence", "Recorded Range Modulator Sequence"},
    {0x30080100, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RecordedSourceSequence", "Recorded Source Sequence"},
    {0x30080105, 0xFFFFFFFF, VR_LO, VR_LO, "1", "SourceSerialNumber", "Source Serial Number"},
    {0x30080110, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TreatmentSessionApplicationSetupSequence", "Treatment Session Application Setup Sequence"},
    {0x30080116, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ApplicationSetupCheck", "Application Setup Check"},
    {0x30080120, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RecordedBrachyAccessoryDeviceSequence", "Recorded Brachy Accessory Device Sequence"},
    {0x30080122, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ReferencedBrachyAccessoryDeviceNumber", "Referenced Brachy Accessory Device Number"},
    {0x30080130, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RecordedChannelSequence", "Recorded Channel Sequence"},
    {0x30080132, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SpecifiedChannelTotalTime", "Specified Channel Total Time"},
    {0x30080134, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DeliveredChannelTotalTime", "Delivered Channel Total Time"},
    {0x30080136, 0xFFFFFFFF, VR_IS, VR_IS, "1", "SpecifiedNumberOfPulses", "Specified Number Of Pulses"},
    {0x30080138, 0xFFFFFFFF, VR_IS, VR_IS, "1", "DeliveredNumberOfPulses", "Delivered Number Of Pulses"},
    {0x3008013A, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SpecifiedPulseRepetitionInterval", "Specified Pulse Repetition Interval"},
    {0x3008013C, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DeliveredPulseRepetitionInterval", "Delivered Pulse Repetition Interval"},
    {0x30080140, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RecordedSourceApplicatorSequence", "Recorded Source Applicator Sequence"},
    {0x30080142, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ReferencedSourceApplicatorNumber", "Referenced Source Applicator Number"},
    {0x30080150, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RecordedChannelShieldSequence", "Recorded Channel Shield Sequence"},
    {0x30080152, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ReferencedChannelShieldNumber", "Referenced Channel Shield Number"},
    {0x30080160, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BrachyControlPointDeliveredSequence", "Brachy Control Point Delivered Sequence"},
    {0x30080162, 0xFFFFFFFF, VR_DA, VR_DA, "1", "SafePositionExitDate", "Safe Position Exit Date"},
    {0x30080164, 0xFFFFFFFF, VR_TM, VR_TM, "1", "SafePositionExitTime", "Safe Position Exit Time"},
    {0x30080166, 0xFFFFFFFF, VR_DA, VR_DA, "1", "SafePositionReturnDate", "Safe Position Return Date"},
    {0x30080168, 0xFFFFFFFF, VR_TM, VR_TM, "1", "SafePositionReturnTime", "Safe Position Return Time"},
    {0x30080171, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PulseSpecificBrachyControlPointDeliveredSequence", "Pulse Specific Brachy Control Point Delivered Sequence"},
    {0x30080172, 0xFFFFFFFF, VR_US, VR_US, "1", "PulseNumber", "Pulse Number"},
    {0x30080173, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BrachyPulseControlPointDeliveredSequence", "Brachy Pulse Control Point Delivered Sequence"},
    {0x30080200, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CurrentTreatmentStatus", "Current Treatment Status"},
    {0x30080202, 0xFFFFFFFF, VR_ST, VR_ST, "1", "TreatmentStatusComment", "Treatment Status Comment"},
    {0x30080220, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FractionGroupSummarySequence", "Fraction Group Summary Sequence"},
    {0x30080223, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ReferencedFractionNumber", "Referenced Fraction Number"},
    {0x30080224, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FractionGroupType", "Fraction Group Type"},
    {0x30080230, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BeamStopperPosition", "Beam Stopper Position"},
    {0x30080240, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FractionStatusSummarySequence", "Fraction Status Summary Sequence"},
    {0x30080250, 0xFFFFFFFF, VR_DA, VR_DA, "1", "TreatmentDate", "Treatment Date"},
    {0x30080251, 0xFFFFFFFF, VR_TM, VR_TM, "1", "TreatmentTime", "Treatment Time"},
    {0x300A0002, 0xFFFFFFFF, VR_SH, VR_SH, "1", "RTPlanLabel", "RT Plan Label"},
    {0x300A0003, 0xFFFFFFFF, VR_LO, VR_LO, "1", "RTPlanName", "RT Plan Name"},
    {0x300A0004, 0xFFFFFFFF, VR_ST, VR_ST, "1", "RTPlanDescription", "RT Plan Description"},
    {0x300A0006, 0xFFFFFFFF, VR_DA, VR_DA, "1", "RTPlanDate", "RT Plan Date"},
    {0x300A0007, 0xFFFFFFFF, VR_TM, VR_TM, "1", "RTPlanTime", "RT Plan Time"},
    {0x300A0009, 0xFFFFFFFF, VR_LO, VR_LO, "1-n", "TreatmentProtocols", "Treatment Protocols"},
    {0x300A000A, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PlanIntent", "Plan Intent"},
    {0x300A000B, 0xFFFFFFFF, VR_LO, VR_LO, "1-n", "TreatmentSites", "Treatment Sites (Retired)"},
    {0x300A000C, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RTPlanGeometry", "RT Plan Geometry"},
    {0x300A000E, 0xFFFFFFFF, VR_ST, VR_ST, "1", "PrescriptionDescription", "Prescription Description"},
    {0x300A0010, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DoseReferenceSequence", "Dose Reference Sequence"},
    {0x300A0012, 0xFFFFFFFF, VR_IS, VR_IS, "1", "DoseReferenceNumber", "Dose Reference Number"},
    {0x300A0013, 0xFFFFFFFF, VR_UI, VR_UI, "1", "DoseReferenceUID", "Dose Reference UID"},
    {0x300A0014, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DoseReferenceStructureType", "Dose Reference Structure Type"},
    {0x300A0015, 0xFFFFFFFF, VR_CS, VR_CS, "1", "NominalBeamEnergyUnit", "Nominal Beam Energy Unit"},
    {0x300A0016, 0xFFFFFFFF, VR_LO, VR_LO, "1", "DoseReferenceDescription", "Dose Reference Description"},
    {0x300A0018, 0xFFFFFFFF, VR_DS, VR_DS, "3", "DoseReferencePointCoordinates", "Dose Reference Point Coordinates"},
    {0x300A001A, 0xFFFFFFFF, VR_DS, VR_DS, "1", "NominalPriorDose", "Nominal Prior Dose"},
    {0x300A0020, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DoseReferenceType", "Dose Reference Type"},
    {0x300A0021, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ConstraintWeight", "Constraint Weight"},
    {0x300A0022, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DeliveryWarningDose", "Delivery Warning Dose"},
    {0x300A0023, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DeliveryMaximumDose", "Delivery Maximum Dose"},
    {0x300A0025, 0xFFFFFFFF, VR_DS, VR_DS, "1", "TargetMinimumDose", "Target Minimum Dose"},
    {0x300A0026, 0xFFFFFFFF, VR_DS, VR_DS, "1", "TargetPrescriptionDose", "Target Prescription Dose"},
    {0x300A0027, 0xFFFFFFFF, VR_DS, VR_DS, "1", "TargetMaximumDose", "Target Maximum Dose"},
    {0x300A0028, 0xFFFFFFFF, VR_DS, VR_DS, "1", "TargetUnderdoseVolumeFraction", "Target Underdose Volume Fraction"},
    {0x300A002A, 0xFFFFFFFF, VR_DS, VR_DS, "1", "OrganAtRiskFullVolumeDose", "Organ At Risk Full Volume Dose"},
    {0x300A002B, 0xFFFFFFFF, VR_DS, VR_DS, "1", "OrganAtRiskLimitDose", "Organ At Risk Limit Dose"},
    {0x300A002C, 0xFFFFFFFF, VR_DS, VR_DS, "1", "OrganAtRiskMaximumDose", "Organ At Risk Maximum Dose"},
    {0x300A002D, 0xFFFFFFFF, VR_DS, VR_DS, "1", "OrganAtRiskOverdoseVolumeFraction", "Organ At Risk Overdose Volume Fraction"},
    {0x300A0040, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ToleranceTableSequence", "Tolerance Table Sequence"},
    {0x300A0042, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ToleranceTableNumber", "Tolerance Table Number"},
    {0x300A0043, 0xFFFFFFFF, VR_SH, VR_SH, "1", "ToleranceTableLabel", "Tolerance Table Label"},
    {0x300A0044, 0xFFFFFFFF, VR_DS, VR_DS, "1", "GantryAngleTolerance", "Gantry Angle Tolerance"},
    {0x300A0046, 0xFFFFFFFF, VR_DS, VR_DS, "1", "BeamLimitingDeviceAngleTolerance", "Beam Limiting Device Angle Tolerance"},
    {0x300A0048, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BeamLimitingDeviceToleranceSequence", "Beam Limiting Device Tolerance Sequence"},
    {0x300A004A, 0xFFFFFFFF, VR_DS, VR_DS, "1", "BeamLimitingDevicePositionTolerance", "Beam Limiting Device Position Tolerance"},
    {0x300A004B, 0xFFFFFFFF, VR_FL, VR_FL, "1", "SnoutPositionTolerance", "Snout Position Tolerance"},
    {0x300A004C, 0xFFFFFFFF, VR_DS, VR_DS, "1", "PatientSupportAngleTolerance", "Patient Support Angle Tolerance"},
    {0x300A004E, 0xFFFFFFFF, VR_DS, VR_DS, "1", "TableTopEccentricAngleTolerance", "Table Top Eccentric Angle Tolerance"},
    {0x300A004F, 0xFFFFFFFF, VR_FL, VR_FL, "1", "TableTopPitchAngleTolerance", "Table Top Pitch Angle Tolerance"},
    {0x300A0050, 0xFFFFFFFF, VR_FL, VR_FL, "1", "TableTopRollAngleTolerance", "Table Top Roll Angle Tolerance"},
    {0x300A0051, 0xFFFFFFFF, VR_DS, VR_DS, "1", "TableTopVerticalPositionTolerance", "Table Top Vertical Position Tolerance"},
    {0x300A0052, 0xFFFFFFFF, VR_DS, VR_DS, "1", "TableTopLongitudinalPositionTolerance", "Table Top Longitudinal Position Tolerance"},
    {0x300A0053, 0xFFFFFFFF, VR_DS, VR_DS, "1", "TableTopLateralPositionTolerance", "Table Top Lateral Position Tolerance"},
    {0x300A0055, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RTPlanRelationship", "RT Plan Relationship"},
    {0x300A0070, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FractionGroupSequence", "Fraction Group Sequence"},
    {0x300A0071, 0xFFFFFFFF, VR_IS, VR_IS, "1", "FractionGroupNumber", "Fraction Group Number"},
    {0x300A0072, 0xFFFFFFFF, VR_LO, VR_LO, "1", "FractionGroupDescription", "Fraction Group Description"},
    {0x300A0078, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfFractionsPlanned", "Number Of Fractions Planned"},
    {0x300A0079, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfFractionPatternDigitsPerDay", "Number Of Fraction Pattern Digits Per Day"},
    {0x300A007A, 0xFFFFFFFF, VR_IS, VR_IS, "1", "RepeatFractionCycleLength", "Repeat Fraction Cycle Length"},
    {0x300A007B, 0xFFFFFFFF, VR_LT, VR_LT, "1", "FractionPattern", "Fraction Pattern"},
    {0x300A0080, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfBeams", "Number Of Beams"},
    {0x300A0082, 0xFFFFFFFF, VR_DS, VR_DS, "3", "BeamDoseSpecificationPoint", "Beam Dose Specification Point (Retired)"},
    {0x300A0083, 0xFFFFFFFF, VR_UI, VR_UI, "1", "ReferencedDoseReferenceUID", "Referenced Dose Reference UID"},
    {0x300A0084, 0xFFFFFFFF, VR_DS, VR_DS, "1", "BeamDose", "Beam Dose"},
    {0x300A0086, 0xFFFFFFFF, VR_DS, VR_DS, "1", "BeamMeterset", "Beam Meterset"},
    {0x300A0088, 0xFFFFFFFF, VR_FL, VR_FL, "1", "BeamDosePointDepth", "Beam Dose Point Depth"},
    {0x300A0089, 0xFFFFFFFF, VR_FL, VR_FL, "1", "BeamDosePointEquivalentDepth", "Beam Dose Point Equivalent Depth"},
    {0x300A008A, 0xFFFFFFFF, VR_FL, VR_FL, "1", "BeamDosePointSSD", "Beam Dose Point SSD"},
    {0x300A008B, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BeamDoseMeaning", "Beam Dose Meaning"},
    {0x300A008C, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BeamDoseVerificationControlPointSequence", "Beam Dose Verification Control Point Sequence"},
    {0x300A008D, 0xFFFFFFFF, VR_FL, VR_FL, "1", "AverageBeamDosePointDepth", "Average Beam Dose Point Depth (Retired)"},
    {0x300A008E, 0xFFFFFFFF, VR_FL, VR_FL, "1", "AverageBeamDosePointEquivalentDepth", "Average Beam Dose Point Equivalent Depth (Retired)"},
    {0x300A008F, 0xFFFFFFFF, VR_FL, VR_FL, "1", "AverageBeamDosePointSSD", "Average Beam Dose Point SSD (Retired)"},
    {0x300A0090, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BeamDoseType", "Beam Dose Type"},
    {0x300A0091, 0xFFFFFFFF, VR_DS, VR_DS, "1", "AlternateBeamDose", "Alternate Beam Dose"},
    {0x300A0092, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AlternateBeamDoseType", "Alternate Beam Dose Type"},
    {0x300A0093, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DepthValueAveragingFlag", "Depth Value Averaging Flag"},
    {0x300A0094, 0xFFFFFFFF, VR_DS, VR_DS, "1", "BeamDosePointSourceToExternalContourDistance", "Beam Dose Point Source To External Contour Distance"},
    {0x300A00A0, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfBrachyApplicationSetups", "Number Of Brachy Application Setups"},
    {0x300A00A2, 0xFFFFFFFF, VR_DS, VR_DS, "3", "BrachyApplicationSetupDoseSpecificationPoint", "Brachy Application Setup Dose Specification Point"},
    {0x300A00A4, 0xFFFFFFFF, VR_DS, VR_DS, "1", "BrachyApplicationSetupDose", "Brachy Application Setup Dose"},
    {0x300A00B0, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BeamSequence", "Beam Sequence"},
    {0x300A00B2, 0xFFFFFFFF, VR_SH, VR_SH, "1", "TreatmentMachineName", "Treatment Machine Name"},
    {0x300A00B3, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PrimaryDosimeterUnit", "Primary Dosimeter Unit"},
    {0x300A00B4, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SourceAxisDistance", "Source Axis Distance"},
    {0x300A00B6, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BeamLimitingDeviceSequence", "Beam Limiting Device Sequence"},
    {0x300A00B8, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RTBeamLimitingDeviceType", "RT Beam Limiting Device Type"},
    {0x300A00BA, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SourceToBeamLimitingDeviceDistance", "Source To Beam Limiting Device Distance"},
    {0x300A00BB, 0xFFFFFFFF, VR_FL, VR_FL, "1", "IsocenterToBeamLimitingDeviceDistance", "Isocenter To Beam Limiting Device Distance"},
    {0x300A00BC, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfLeafJawPairs", "Number Of Leaf Jaw Pairs"},
    {0x300A00BE, 0xFFFFFFFF, VR_DS, VR_DS, "3-n", "LeafPositionBoundaries", "Leaf Position Boundaries"},
    {0x300A00C0, 0xFFFFFFFF, VR_IS, VR_IS, "1", "BeamNumber", "Beam Number"},
    {0x300A00C2, 0xFFFFFFFF, VR_LO, VR_LO, "1", "BeamName", "Beam Name"},
    {0x300A00C3, 0xFFFFFFFF, VR_ST, VR_ST, "1", "BeamDescription", "Beam Description"},
    {0x300A00C4, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BeamType", "Beam Type"},
    {0x300A00C5, 0xFFFFFFFF, VR_FD, VR_FD, "1", "BeamDeliveryDurationLimit", "Beam Delivery Duration Limit"},
    {0x300A00C6, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RadiationType", "Radiation Type"},
    {0x300A00C7, 0xFFFFFFFF, VR_CS, VR_CS, "1", "HighDoseTechniqueType", "High Dose Technique Type"},
    {0x300A00C8, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ReferenceImageNumber", "Reference Image Number"},
    {0x300A00CA, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PlannedVerificationImageSequence", "Planned Verification Image Sequence"},
    {0x300A00CC, 0xFFFFFFFF, VR_LO, VR_LO, "1-n", "ImagingDeviceSpecificAcquisitionParameters", "Imaging Device Specific Acquisition Parameters"},
    {0x300A00CE, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TreatmentDeliveryType", "Treatment Delivery Type"},
    {0x300A00D0, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfWedges", "Number Of Wedges"},
    {0x300A00D1, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "WedgeSequence", "Wedge Sequence"},
    {0x300A00D2, 0xFFFFFFFF, VR_IS, VR_IS, "1", "WedgeNumber", "Wedge Number"},
    {0x300A00D3, 0xFFFFFFFF, VR_CS, VR_CS, "1", "WedgeType", "Wedge Type"},
    {0x300A00D4, 0xFFFFFFFF, VR_SH, VR_SH, "1", "WedgeID", "Wedge ID"},
    {0x300A00D5, 0xFFFFFFFF, VR_IS, VR_IS, "1", "WedgeAngle", "Wedge Angle"},
    {0x300A00D6, 0xFFFFFFFF, VR_DS, VR_DS, "1", "WedgeFactor", "Wedge Factor"},
    {0x300A00D7, 0xFFFFFFFF, VR_FL, VR_FL, "1", "TotalWedgeTrayWaterEquivalentThickness", "Total Wedge Tray Water Equivalent Thickness"},
    {0x300A00D8, 0xFFFFFFFF, VR_DS, VR_DS, "1", "WedgeOrientation", "Wedge Orientation"},
    {0x300A00D9, 0xFFFFFFFF, VR_FL, VR_FL, "1", "IsocenterToWedgeTrayDistance", "Isocenter To Wedge Tray Distance"},
    {0x300A00DA, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SourceToWedgeTrayDistance", "Source To Wedge Tray Distance"},
    {0x300A00DB, 0xFFFFFFFF, VR_FL, VR_FL, "1", "WedgeThinEdgePosition", "Wedge Thin Edge Position"},
    {0x300A00DC, 0xFFFFFFFF, VR_SH, VR_SH, "1", "BolusID", "Bolus ID"},
    {0x300A00DD, 0xFFFFFFFF, VR_ST, VR_ST, "1", "BolusDescription", "Bolus Description"},
    {0x300A00DE, 0xFFFFFFFF, VR_DS, VR_DS, "1", "EffectiveWedgeAngle", "Effective Wedge Angle"},
    {0x300A00E0, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfCompensators", "Number Of Compensators"},
    {0x300A00E1, 0xFFFFFFFF, VR_SH, VR_SH, "1", "MaterialID", "Material ID"},
    {0x300A00E2, 0xFFFFFFFF, VR_DS, VR_DS, "1", "TotalCompensatorTrayFactor", "Total Compensator Tray Factor"},
    {0x300A00E3, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CompensatorSequence", "Compensator Sequence"},
    {0x300A00E4, 0xFFFFFFFF, VR_IS, VR_IS, "1", "CompensatorNumber", "Compensator Number"},
    {0x300A00E5, 0xFFFFFFFF, VR_SH, VR_SH, "1", "CompensatorID", "Compensator ID"},
    {0x300A00E6, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SourceToCompensatorTrayDistance", "Source To Compensator Tray Distance"},
    {0x300A00E7, 0xFFFFFFFF, VR_IS, VR_IS, "1", "CompensatorRows", "Compensator Rows"},
    {0x300A00E8, 0xFFFFFFFF, VR_IS, VR_IS, "1", "CompensatorColumns", "Compensator Columns"},
    {0x300A00E9, 0xFFFFFFFF, VR_DS, VR_DS, "2", "CompensatorPixelSpacing", "Compensator Pixel Spacing"},
    {0x300A00EA, 0xFFFFFFFF, VR_DS, VR_DS, "2", "CompensatorPosition", "Compensator Position"},
    {0x300A00EB, 0xFFFFFFFF, VR_DS, VR_DS, "1-n", "CompensatorTransmissionData", "Compensator Transmission Data"},
    {0x300A00EC, 0xFFFFFFFF, VR_DS, VR_DS, "1-n", "CompensatorThicknessData", "Compensator Thickness Data"},
    {0x300A00ED, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfBoli", "Number Of Boli"},
    {0x300A00EE, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CompensatorType", "Compensator Type"},
    {0x300A00EF, 0xFFFFFFFF, VR_SH, VR_SH, "1", "CompensatorTrayID", "Compensator Tray ID"},
    {0x300A00F0, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfBlocks", "Number Of Blocks"},
    {0x300A00F2, 0xFFFFFFFF, VR_DS, VR_DS, "1", "TotalBlockTrayFactor", "Total Block Tray Factor"},
    {0x300A00F3, 0xFFFFFFFF, VR_FL, VR_FL, "1", "TotalBlockTrayWaterEquivalentThickness", "Total Block Tray Water Equivalent Thickness"},
    {0x300A00F4, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BlockSequence", "Block Sequence"},
    {0x300A00F5, 0xFFFFFFFF, VR_SH, VR_SH, "1", "BlockTrayID", "Block Tray ID"},
    {0x300A00F6, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SourceToBlockTrayDistance", "Source To Block Tray Distance"},
    {0x300A00F7, 0xFFFFFFFF, VR_FL, VR_FL, "1", "IsocenterToBlockTrayDistance", "Isocenter To Block Tray Distance"},
    {0x300A00F8, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BlockType", "Block Type"},
    {0x300A00F9, 0xFFFFFFFF, VR_LO, VR_LO, "1", "AccessoryCode", "Accessory Code"},
    {0x300A00FA, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BlockDivergence", "Block Divergence"},
    {0x300A00FB, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BlockMountingPosition", "Block Mounting Position"},
    {0x300A00FC, 0xFFFFFFFF, VR_IS, VR_IS, "1", "BlockNumber", "Block Number"},
    {0x300A00FE, 0xFFFFFFFF, VR_LO, VR_LO, "1", "BlockName", "Block Name"},
    {0x300A0100, 0xFFFFFFFF, VR_DS, VR_DS, "1", "BlockThickness", "Block Thickness"},
    {0x300A0102, 0xFFFFFFFF, VR_DS, VR_DS, "1", "BlockTransmission", "Block Transmission"},
    {0x300A0104, 0xFFFFFFFF, VR_IS, VR_IS, "1", "BlockNumberOfPoints", "Block Number Of Points"},
    {0x300A0106, 0xFFFFFFFF, VR_DS, VR_DS, "2-2n", "BlockData", "Block Data"},
    {0x300A0107, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ApplicatorSequence", "Applicator Sequence"},
    {0x300A0108, 0xFFFFFFFF, VR_SH, VR_SH, "1", "ApplicatorID", "Applicator ID"},
    {0x300A0109, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ApplicatorType", "Applicator Type"},
    {0x300A010A, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ApplicatorDescription", "Applicator Description"},
    {0x300A010C, 0xFFFFFFFF, VR_DS, VR_DS, "1", "CumulativeDoseReferenceCoefficient", "Cumulative Dose Reference Coefficient"},
    {0x300A010E, 0xFFFFFFFF, VR_DS, VR_DS, "1", "FinalCumulativeMetersetWeight", "Final Cumulative Meterset Weight"},
    {0x300A0110, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfControlPoints", "Number Of Control Points"},
    {0x300A0111, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ControlPointSequence", "Control Point Sequence"},
    {0x300A0112, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ControlPointIndex", "Control Point Index"},
    {0x300A0114, 0xFFFFFFFF, VR_DS, VR_DS, "1", "NominalBeamEnergy", "Nominal Beam Energy"},
    {0x300A0115, 0xFFFFFFFF, VR_DS, VR_DS, "1", "DoseRateSet", "Dose Rate Set"},
    {0x300A0116, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "WedgePositionSequence", "Wedge Position Sequence"},
    {0x300A0118, 0xFFFFFFFF, VR_CS, VR_CS, "1", "WedgePosition", "Wedge Position"},
    {0x300A011A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BeamLimitingDevicePositionSequence", "Beam Limiting Device Position Sequence"},
    {0x300A011C, 0xFFFFFFFF, VR_DS, VR_DS, "2-2n", "LeafJawPositions", "Leaf Jaw Positions"},
    {0x300A011E, 0xFFFFFFFF, VR_DS, VR_DS, "1", "GantryAngle", "Gantry Angle"},
    {0x300A011F, 0xFFFFFFFF, VR_CS, VR_CS, "1", "GantryRotationDirection", "Gantry Rotation Direction"},
    {0x300A0120, 0xFFFFFFFF, VR_DS, VR_DS, "1", "BeamLimitingDeviceAngle", "Beam Limiting Device Angle"},
    {0x300A0121, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BeamLimitingDeviceRotationDirection", "Beam Limiting Device Rotation Direction"},
    {0x300A0122, 0xFFFFFFFF, VR_DS, VR_DS, "1", "PatientSupportAngle", "Patient Support Angle"},
    {0x300A0123, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PatientSupportRotationDirection", "Patient Support Rotation Direction"},
    {0x300A0124, 0xFFFFFFFF, VR_DS, VR_DS, "1", "TableTopEccentricAxisDistance", "Table Top Eccentric Axis Distance"},
    {0x300A0125, 0xFFFFFFFF, VR_DS, VR_DS, "1", "TableTopEccentricAngle", "Table Top Eccentric Angle"},
    {0x300A0126, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TableTopEccentricRotationDirection", "Table Top Eccentric Rotation Direction"},
    {0x300A0128, 0xFFFFFFFF, VR_DS, VR_DS, "1", "TableTopVerticalPosition", "Table Top Vertical Position"},
    {0x300A0129, 0xFFFFFFFF, VR_DS, VR_DS, "1", "TableTopLongitudinalPosition", "Table Top Longitudinal Position"},
    {0x300A012A, 0xFFFFFFFF, VR_DS, VR_DS, "1", "TableTopLateralPosition", "Table Top Lateral Position"},
    {0x300A012C, 0xFFFFFFFF, VR_DS, VR_DS, "3", "IsocenterPosition", "Isocenter Position"},
    {0x300A012E, 0xFFFFFFFF, VR_DS, VR_DS, "3", "SurfaceEntryPoint", "Surface Entry Point"},
    {0x300A0130, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SourceToSurfaceDistance", "Source To Surface Distance"},
    {0x300A0131, 0xFFFFFFFF, VR_FL, VR_FL, "1", "AverageBeamDosePointSourceToExternalContourDistance", "Average Beam Dose Point Source To External Contour Distance"},
    {0x300A0132, 0xFFFFFFFF, VR_FL, VR_FL, "1", "SourceToExternalContourDistance", "Source To External Contour Distance"},
    {0x300A0133, 0xFFFFFFFF, VR_FL, VR_FL, "3", "ExternalContourEntryPoint", "External Contour Entry Point"},
    {0x300A0134, 0xFFFFFFFF, VR_DS, VR_DS, "1", "CumulativeMetersetWeight", "Cumulative Meterset Weight"},
    {0x300A0140, 0xFFFFFFFF, VR_FL, VR_FL, "1", "TableTopPitchAngle", "Table Top Pitch Angle"},
    {0x300A0142, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TableTopPitchRotationDirection", "Table Top Pitch Rotation Direction"},
    {0x300A0144, 0xFFFFFFFF, VR_FL, VR_FL, "1", "TableTopRollAngle", "Table Top Roll Angle"},
    {0x300A0146, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TableTopRollRotationDirection", "Table Top Roll Rotation Direction"},
    {0x300A0148, 0xFFFFFFFF, VR_FL, VR_FL, "1", "HeadFixationAngle", "Head Fixation Angle"},
    {0x300A014A, 0xFFFFFFFF, VR_FL, VR_FL, "1", "GantryPitchAngle", "Gantry Pitch Angle"},
    {0x300A014C, 0xFFFFFFFF, VR_CS, VR_CS, "1", "GantryPitchRotationDirection", "Gantry Pitch Rotation Direction"},
    {0x300A014E, 0xFFFFFFFF, VR_FL, VR_FL, "1", "GantryPitchAngleTolerance", "Gantry Pitch Angle Tolerance"},
    {0x300A0150, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FixationEye", "Fixation Eye"},
    {0x300A0151, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ChairHeadFramePosition", "Chair Head Frame Position"},
    {0x300A0152, 0xFFFFFFFF, VR_DS, VR_DS, "1", "HeadFixationAngleTolerance", "Head Fixation Angle Tolerance"},
    {0x300A0153, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ChairHeadFramePositionTolerance", "Chair Head Frame Position Tolerance"},
    {0x300A0154, 0xFFFFFFFF, VR_DS, VR_DS, "1", "FixationLightAzimuthalAngleTolerance", "Fixation Light Azimuthal Angle Tolerance"},
    {0x300A0155, 0xFFFFFFFF, VR_DS, VR_DS, "1", "FixationLightPolarAngleTolerance", "Fixation Light Polar Angle Tolerance"},
    {0x300A0180, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PatientSetupSequence", "Patient Setup Sequence"},
    {0x300A0182, 0xFFFFFFFF, VR_IS, VR_IS, "1", "PatientSetupNumber", "Patient Setup Number"},
    {0x300A0183, 0xFFFFFFFF, VR_LO, VR_LO, "1", "PatientSetupLabel", "Patient Setup Label"},
    {0x300A0184, 0xFFFFFFFF, VR_LO, VR_LO, "1", "PatientAdditionalPosition", "Patient Additional Position"},
    {0x300A0190, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FixationDeviceSequence", "Fixation Device Sequence"},
    {0x300A0192, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FixationDeviceType", "Fixation Device Type"},
    {0x300A0194, 0xFFFFFFFF, VR_SH, VR_SH, "1", "FixationDeviceLabel", "Fixation Device Label"},
    {0x300A0196, 0xFFFFFFFF, VR_ST, VR_ST, "1", "FixationDeviceDescription", "Fixation Device Description"},
    {0x300A0198, 0xFFFFFFFF, VR_SH, VR_SH, "1", "FixationDevicePosition", "Fixation Device Position"},
    {0x300A0199, 0xFFFFFFFF, VR_FL, VR_FL, "1", "FixationDevicePitchAngle", "Fixation Device Pitch Angle"},
    {0x300A019A, 0xFFFFFFFF, VR_FL, VR_FL, "1", "FixationDeviceRollAngle", "Fixation Device Roll Angle"},
    {0x300A01A0, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ShieldingDeviceSequence", "Shielding Device Sequence"},
    {0x300A01A2, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ShieldingDeviceType", "Shielding Device Type"},
    {0x300A01A4, 0xFFFFFFFF, VR_SH, VR_SH, "1", "ShieldingDeviceLabel", "Shielding Device Label"},
    {0x300A01A6, 0xFFFFFFFF, VR_ST, VR_ST, "1", "ShieldingDeviceDescription", "Shielding Device Description"},
    {0x300A01A8, 0xFFFFFFFF, VR_SH, VR_SH, "1", "ShieldingDevicePosition", "Shielding Device Position"},
    {0x300A01B0, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SetupTechnique", "Setup Technique"},
    {0x300A01B2, 0xFFFFFFFF, VR_ST, VR_ST, "1", "SetupTechniqueDescription", "Setup Technique Description"},
    {0x300A01B4, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SetupDeviceSequence", "Setup Device Sequence"},
    {0x300A01B6, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SetupDeviceType", "Setup Device Type"},
    {0x300A01B8, 0xFFFFFFFF, VR_SH, VR_SH, "1", "SetupDeviceLabel", "Setup Device Label"},
    {0x300A01BA, 0xFFFFFFFF, VR_ST, VR_ST, "1", "SetupDeviceDescription", "Setup Device Description"},
    {0x300A01BC, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SetupDeviceParameter", "Setup Device Parameter"},
    {0x300A01D0, 0xFFFFFFFF, VR_ST, VR_ST, "1", "SetupReferenceDescription", "Setup Reference Description"},
    {0x300A01D2, 0xFFFFFFFF, VR_DS, VR_DS, "1", "TableTopVerticalSetupDisplacement", "Table Top Vertical Setup Displacement"},
    {0x300A01D4, 0xFFFFFFFF, VR_DS, VR_DS, "1", "TableTopLongitudinalSetupDisplacement", "Table Top Longitudinal Setup Displacement"},
    {0x300A01D6, 0xFFFFFFFF, VR_DS, VR_DS, "1", "TableTopLateralSetupDisplacement", "Table Top Lateral Setup Displacement"},
    {0x300A0200, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BrachyTreatmentTechnique", "Brachy Treatment Technique"},
    {0x300A0202, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BrachyTreatmentType", "Brachy Treatment Type"},
    {0x300A0206, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TreatmentMachineSequence", "Treatment Machine Sequence"},
    {0x300A0210, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SourceSequence", "Source Sequence"},
    {0x300A0212, 0xFFFFFFFF, VR_IS, VR_IS, "1", "SourceNumber", "Source Number"},
    {0x300A0214, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SourceType", "Source Type"},
    {0x300A0216, 0xFFFFFFFF, VR_LO, VR_LO, "1", "SourceManufacturer", "Source Manufacturer"},
    {0x300A0218, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ActiveSourceDiameter", "Active Source Diameter"},
    {0x300A021A, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ActiveSourceLength", "Active Source Length"},
    {0x300A021B, 0xFFFFFFFF, VR_SH, VR_SH, "1", "SourceModelID", "Source Model ID"},
    {0x300A021C, 0xFFFFFFFF, VR_LO, VR_LO, "1", "SourceDescription", "Source Description"},
    {0x300A0222, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SourceEncapsulationNominalThickness", "Source Encapsulation Nominal Thickness"},
    {0x300A0224, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SourceEncapsulationNominalTransmission", "Source Encapsulation Nominal Transmission"},
    {0x300A0226, 0xFFFFFFFF, VR_LO, VR_LO, "1", "SourceIsotopeName", "Source Isotope Name"},
    {0x300A0228, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SourceIsotopeHalfLife", "Source Isotope Half Life"},
    {0x300A0229, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SourceStrengthUnits", "Source Strength Units"},
    {0x300A022A, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ReferenceAirKermaRate", "Reference Air Kerma Rate"},
    {0x300A022B, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SourceStrength", "Source Strength"},
    {0x300A022C, 0xFFFFFFFF, VR_DA, VR_DA, "1", "SourceStrengthReferenceDate", "Source Strength Reference Date"},
    {0x300A022E, 0xFFFFFFFF, VR_TM, VR_TM, "1", "SourceStrengthReferenceTime", "Source Strength Reference Time"},
    {0x300A0230, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ApplicationSetupSequence", "Application Setup Sequence"},
    {0x300A0232, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ApplicationSetupType", "Application Setup Type"},
    {0x300A0234, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ApplicationSetupNumber", "Application Setup Number"},
    {0x300A0236, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ApplicationSetupName", "Application Setup Name"},
    {0x300A0238, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ApplicationSetupManufacturer", "Application Setup Manufacturer"},
    {0x300A0240, 0xFFFFFFFF, VR_IS, VR_IS, "1", "TemplateNumber", "Template Number"},
    {0x300A0242, 0xFFFFFFFF, VR_SH, VR_SH, "1", "TemplateType", "Template Type"},
    {0x300A0244, 0xFFFFFFFF, VR_LO, VR_LO, "1", "TemplateName", "Template Name"},
    {0x300A0250, 0xFFFFFFFF, VR_DS, VR_DS, "1", "TotalReferenceAirKerma", "Total Reference Air Kerma"},
    {0x300A0260, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BrachyAccessoryDeviceSequence", "Brachy Accessory Device Sequence"},
    {0x300A0262, 0xFFFFFFFF, VR_IS, VR_IS, "1", "BrachyAccessoryDeviceNumber", "Brachy Accessory Device Number"},
    {0x300A0263, 0xFFFFFFFF, VR_SH, VR_SH, "1", "BrachyAccessoryDeviceID", "Brachy Accessory Device ID"},
    {0x300A0264, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BrachyAccessoryDeviceType", "Brachy Accessory Device Type"},
    {0x300A0266, 0xFFFFFFFF, VR_LO, VR_LO, "1", "BrachyAccessoryDeviceName", "Brachy Accessory Device Name"},
    {0x300A026A, 0xFFFFFFFF, VR_DS, VR_DS, "1", "BrachyAccessoryDeviceNominalThickness", "Brachy Accessory Device Nominal Thickness"},
    {0x300A026C, 0xFFFFFFFF, VR_DS, VR_DS, "1", "BrachyAccessoryDeviceNominalTransmission", "Brachy Accessory Device Nominal Transmission"},
    {0x300A0271, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ChannelEffectiveLength", "Channel Effective Length"},
    {0x300A0272, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ChannelInnerLength", "Channel Inner Length"},
    {0x300A0273, 0xFFFFFFFF, VR_SH, VR_SH, "1", "AfterloaderChannelID", "Afterloader Channel ID"},
    {0x300A0274, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SourceApplicatorTipLength", "Source Applicator Tip Length"},
    {0x300A0280, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ChannelSequence", "Channel Sequence"},
    {0x300A0282, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ChannelNumber", "Channel Number"},
    {0x300A0284, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ChannelLength", "Channel Length"},
    {0x300A0286, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ChannelTotalTime", "Channel Total Time"},
    {0x300A0288, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SourceMovementType", "Source Movement Type"},
    {0x300A028A, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfPulses", "Number Of Pulses"},
    {0x300A028C, 0xFFFFFFFF, VR_DS, VR_DS, "1", "PulseRepetitionInterval", "Pulse Repetition Interval"},
    {0x300A0290, 0xFFFFFFFF, VR_IS, VR_IS, "1", "SourceApplicatorNumber", "Source Applicator Number"},
    {0x300A0291, 0xFFFFFFFF, VR_SH, VR_SH, "1", "SourceApplicatorID", "Source Applicator ID"},
    {0x300A0292, 0xFFFFFFFF, VR_CS, VR_CS, "1", "SourceApplicatorType", "Source Applicator Type"},
    {0x300A0294, 0xFFFFFFFF, VR_LO, VR_LO, "1", "SourceApplicatorName", "Source Applicator Name"},
    {0x300A0296, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SourceApplicatorLength", "Source Applicator Length"},
    {0x300A0298, 0xFFFFFFFF, VR_LO, VR_LO, "1", "SourceApplicatorManufacturer", "Source Applicator Manufacturer"},
    {0x300A029C, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SourceApplicatorWallNominalThickness", "Source Applicator Wall Nominal Thickness"},
    {0x300A029E, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SourceApplicatorWallNominalTransmission", "Source Applicator Wall Nominal Transmission"},
    {0x300A02A0, 0xFFFFFFFF, VR_DS, VR_DS, "1", "SourceApplicatorStepSize", "Source Applicator Step Size"},
    {0x300A02A1, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ApplicatorShapeReferencedROINumber", "Applicator Shape Referenced ROI Number"},
    {0x300A02A2, 0xFFFFFFFF, VR_IS, VR_IS, "1", "TransferTubeNumber", "Transfer Tube Number"},
    {0x300A02A4, 0xFFFFFFFF, VR_DS, VR_DS, "1", "TransferTubeLength", "Transfer Tube Length"},
    {0x300A02B0, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ChannelShieldSequence", "Channel Shield Sequence"},
    {0x300A02B2, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ChannelShieldNumber", "Channel Shield Number"},
    {0x300A02B3, 0xFFFFFFFF, VR_SH, VR_SH, "1", "ChannelShieldID", "Channel Shield ID"},
    {0x300A02B4, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ChannelShieldName", "Channel Shield Name"},
    {0x300A02B8, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ChannelShieldNominalThickness", "Channel Shield Nominal Thickness"},
    {0x300A02BA, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ChannelShieldNominalTransmission", "Channel Shield Nominal Transmission"},
    {0x300A02C8, 0xFFFFFFFF, VR_DS, VR_DS, "1", "FinalCumulativeTimeWeight", "Final Cumulative Time Weight"},
    {0x300A02D0, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BrachyControlPointSequence", "Brachy Control Point Sequence"},
    {0x300A02D2, 0xFFFFFFFF, VR_DS, VR_DS, "1", "ControlPointRelativePosition", "Control Point Relative Position"},
    {0x300A02D4, 0xFFFFFFFF, VR_DS, VR_DS, "3", "ControlPoint3DPosition", "Control Point3 D Position"},
    {0x300A02D6, 0xFFFFFFFF, VR_DS, VR_DS, "1", "CumulativeTimeWeight", "Cumulative Time Weight"},
    {0x300A02E0, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CompensatorDivergence", "Compensator Divergence"},
    {0x300A02E1, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CompensatorMountingPosition", "Compensator Mounting Position"},
    {0x300A02E2, 0xFFFFFFFF, VR_DS, VR_DS, "1-n", "SourceToCompensatorDistance", "Source To Compensator Distance"},
    {0x300A02E3, 0xFFFFFFFF, VR_FL, VR_FL, "1", "TotalCompensatorTrayWaterEquivalentThickness", "Total Compensator Tray Water Equivalent Thickness"},
    {0x300A02E4, 0xFFFFFFFF, VR_FL, VR_FL, "1", "IsocenterToCompensatorTrayDistance", "Isocenter To Compensator Tray Distance"},
    {0x300A02E5, 0xFFFFFFFF, VR_FL, VR_FL, "1", "CompensatorColumnOffset", "Compensator Column Offset"},
    {0x300A02E6, 0xFFFFFFFF, VR_FL, VR_FL, "1-n", "IsocenterToCompensatorDistances", "Isocenter To Compensator Distances"},
    {0x300A02E7, 0xFFFFFFFF, VR_FL, VR_FL, "1", "CompensatorRelativeStoppingPowerRatio", "Compensator Relative Stopping Power Ratio"},
    {0x300A02E8, 0xFFFFFFFF, VR_FL, VR_FL, "1", "CompensatorMillingToolDiameter", "Compensator Milling Tool Diameter"},
    {0x300A02EA, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IonRangeCompensatorSequence", "Ion Range Compensator Sequence"},
    {0x300A02EB, 0xFFFFFFFF, VR_LT, VR_LT, "1", "CompensatorDescription", "Compensator Description"},
    {0x300A0302, 0xFFFFFFFF, VR_IS, VR_IS, "1", "RadiationMassNumber", "Radiation Mass Number"},
    {0x300A0304, 0xFFFFFFFF, VR_IS, VR_IS, "1", "RadiationAtomicNumber", "Radiation Atomic Number"},
    {0x300A0306, 0xFFFFFFFF, VR_SS, VR_SS, "1", "RadiationChargeState", "Radiation Charge State"},
    {0x300A0308, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ScanMode", "Scan Mode"},
    {0x300A0309, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ModulatedScanModeType", "Modulated Scan Mode Type"},
    {0x300A030A, 0xFFFFFFFF, VR_FL, VR_FL, "2", "VirtualSourceAxisDistances", "Virtual Source Axis Distances"},
    {0x300A030C, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SnoutSequence", "Snout Sequence"},
    {0x300A030D, 0xFFFFFFFF, VR_FL, VR_FL, "1", "SnoutPosition", "Snout Position"},
    {0x300A030F, 0xFFFFFFFF, VR_SH, VR_SH, "1", "SnoutID", "Snout ID"},
    {0x300A0312, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfRangeShifters", "Number Of Range Shifters"},
    {0x300A0314, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RangeShifterSequence", "Range Shifter Sequence"},
    {0x300A0316, 0xFFFFFFFF, VR_IS, VR_IS, "1", "RangeShifterNumber", "Range Shifter Number"},
    {0x300A0318, 0xFFFFFFFF, VR_SH, VR_SH, "1", "RangeShifterID", "Range Shifter ID"},
    {0x300A0320, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RangeShifterType", "Range Shifter Type"},
    {0x300A0322, 0xFFFFFFFF, VR_LO, VR_LO, "1", "RangeShifterDescription", "Range Shifter Description"},
    {0x300A0330, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfLateralSpreadingDevices", "Number Of Lateral Spreading Devices"},
    {0x300A0332, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "LateralSpreadingDeviceSequence", "Lateral Spreading Device Sequence"},
    {0x300A0334, 0xFFFFFFFF, VR_IS, VR_IS, "1", "LateralSpreadingDeviceNumber", "Lateral Spreading Device Number"},
    {0x300A0336, 0xFFFFFFFF, VR_SH, VR_SH, "1", "LateralSpreadingDeviceID", "Lateral Spreading Device ID"},
    {0x300A0338, 0xFFFFFFFF, VR_CS, VR_CS, "1", "LateralSpreadingDeviceType", "Lateral Spreading Device Type"},
    {0x300A033A, 0xFFFFFFFF, VR_LO, VR_LO, "1", "LateralSpreadingDeviceDescription", "Lateral Spreading Device Description"},
    {0x300A033C, 0xFFFFFFFF, VR_FL, VR_FL, "1", "LateralSpreadingDeviceWaterEquivalentThickness", "Lateral Spreading Device Water Equivalent Thickness"},
    {0x300A0340, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfRangeModulators", "Number Of Range Modulators"},
    {0x300A0342, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RangeModulatorSequence", "Range Modulator Sequence"},
    {0x300A0344, 0xFFFFFFFF, VR_IS, VR_IS, "1", "RangeModulatorNumber", "Range Modulator Number"},
    {0x300A0346, 0xFFFFFFFF, VR_SH, VR_SH, "1", "RangeModulatorID", "Range Modulator ID"},
    {0x300A0348, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RangeModulatorType", "Range Modulator Type"},
    {0x300A034A, 0xFFFFFFFF, VR_LO, VR_LO, "1", "RangeModulatorDescription", "Range Modulator Description"},
    {0x300A034C, 0xFFFFFFFF, VR_SH, VR_SH, "1", "BeamCurrentModulationID", "Beam Current Modulation ID"},
    {0x300A0350, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PatientSupportType", "Patient Support Type"},
    {0x300A0352, 0xFFFFFFFF, VR_SH, VR_SH, "1", "PatientSupportID", "Patient Support ID"},
    {0x300A0354, 0xFFFFFFFF, VR_LO, VR_LO, "1", "PatientSupportAccessoryCode", "Patient Support Accessory Code"},
    {0x300A0355, 0xFFFFFFFF, VR_LO, VR_LO, "1", "TrayAccessoryCode", "Tray Accessory Code"},
    {0x300A0356, 0xFFFFFFFF, VR_FL, VR_FL, "1", "FixationLightAzimuthalAngle", "Fixation Light Azimuthal Angle"},
    {0x300A0358, 0xFFFFFFFF, VR_FL, VR_FL, "1", "FixationLightPolarAngle", "Fixation Light Polar Angle"},
    {0x300A035A, 0xFFFFFFFF, VR_FL, VR_FL, "1", "MetersetRate", "Meterset Rate"},
    {0x300A0360, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RangeShifterSettingsSequence", "Range Shifter Settings Sequence"},
    {0x300A0362, 0xFFFFFFFF, VR_LO, VR_LO, "1", "RangeShifterSetting", "Range Shifter Setting"},
    {0x300A0364, 0xFFFFFFFF, VR_FL, VR_FL, "1", "IsocenterToRangeShifterDistance", "Isocenter To Range Shifter Distance"},
    {0x300A0366, 0xFFFFFFFF, VR_FL, VR_FL, "1", "RangeShifterWaterEquivalentThickness", "Range Shifter Water Equivalent Thickness"},
    {0x300A0370, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "LateralSpreadingDeviceSettingsSequence", "Lateral Spreading Device Settings Sequence"},
    {0x300A0372, 0xFFFFFFFF, VR_LO, VR_LO, "1", "LateralSpreadingDeviceSetting", "Lateral Spreading Device Setting"},
    {0x300A0374, 0xFFFFFFFF, VR_FL, VR_FL, "1", "IsocenterToLateralSpreadingDeviceDistance", "Isocenter To Lateral Spreading Device Distance"},
    {0x300A0380, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RangeModulatorSettingsSequence", "Range Modulator Settings Sequence"},
    {0x300A0382, 0xFFFFFFFF, VR_FL, VR_FL, "1", "RangeModulatorGatingStartValue", "Range Modulator Gating Start Value"},
    {0x300A0384, 0xFFFFFFFF, VR_FL, VR_FL, "1", "RangeModulatorGatingStopValue", "Range Modulator Gating Stop Value"},
    {0x300A0386, 0xFFFFFFFF, VR_FL, VR_FL, "1", "RangeModulatorGatingStartWaterEquivalentThickness", "Range Modulator Gating Start Water Equivalent Thickness"},
    {0x300A0388, 0xFFFFFFFF, VR_FL, VR_FL, "1", "RangeModulatorGatingStopWaterEquivalentThickness", "Range Modulator Gating Stop Water Equivalent Thickness"},
    {0x300A038A, 0xFFFFFFFF, VR_FL, VR_FL, "1", "IsocenterToRangeModulatorDistance", "Isocenter To Range Modulator Distance"},
    {0x300A038F, 0xFFFFFFFF, VR_FL, VR_FL, "1-n", "ScanSpotTimeOffset", "Scan Spot Time Offset"},
    {0x300A0390, 0xFFFFFFFF, VR_SH, VR_SH, "1", "ScanSpotTuneID", "Scan Spot Tune ID"},
    {0x300A0391, 0xFFFFFFFF, VR_IS, VR_IS, "1-n", "ScanSpotPrescribedIndices", "Scan Spot Prescribed Indices"},
    {0x300A0392, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfScanSpotPositions", "Number Of Scan Spot Positions"},
    {0x300A0393, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ScanSpotReordered", "Scan Spot Reordered"},
    {0x300A0394, 0xFFFFFFFF, VR_FL, VR_FL, "1-n", "ScanSpotPositionMap", "Scan Spot Position Map"},
    {0x300A0395, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ScanSpotReorderingAllowed", "Scan Spot Reordering Allowed"},
    {0x300A0396, 0xFFFFFFFF, VR_FL, VR_FL, "1-n", "ScanSpotMetersetWeights", "Scan Spot Meterset Weights"},
    {0x300A0398, 0xFFFFFFFF, VR_FL, VR_FL, "2", "ScanningSpotSize", "Scanning Spot Size"},
    {0x300A0399, 0xFFFFFFFF, VR_FL, VR_FL, "2-2n", "ScanSpotSizesDelivered", "Scan Spot Sizes Delivered"},
    {0x300A039A, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfPaintings", "Number Of Paintings"},
    {0x300A03A0, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IonToleranceTableSequence", "Ion Tolerance Table Sequence"},
    {0x300A03A2, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IonBeamSequence", "Ion Beam Sequence"},
    {0x300A03A4, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IonBeamLimitingDeviceSequence", "Ion Beam Limiting Device Sequence"},
    {0x300A03A6, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IonBlockSequence", "Ion Block Sequence"},
    {0x300A03A8, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IonControlPointSequence", "Ion Control Point Sequence"},
    {0x300A03AA, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IonWedgeSequence", "Ion Wedge Sequence"},
    {0x300A03AC, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IonWedgePositionSequence", "Ion Wedge Position Sequence"},
    {0x300A0401, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedSetupImageSequence", "Referenced Setup Image Sequence"},
    {0x300A0402, 0xFFFFFFFF, VR_ST, VR_ST, "1", "SetupImageComment", "Setup Image Comment"},
    {0x300A0410, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MotionSynchronizationSequence", "Motion Synchronization Sequence"},
    {0x300A0412, 0xFFFFFFFF, VR_FL, VR_FL, "3", "ControlPointOrientation", "Control Point Orientation"},
    {0x300A0420, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "GeneralAccessorySequence", "General Accessory Sequence"},
    {0x300A0421, 0xFFFFFFFF, VR_SH, VR_SH, "1", "GeneralAccessoryID", "General Accessory ID"},
    {0x300A0422, 0xFFFFFFFF, VR_ST, VR_ST, "1", "GeneralAccessoryDescription", "General Accessory Description"},
    {0x300A0423, 0xFFFFFFFF, VR_CS, VR_CS, "1", "GeneralAccessoryType", "General Accessory Type"},
    {0x300A0424, 0xFFFFFFFF, VR_IS, VR_IS, "1", "GeneralAccessoryNumber", "General Accessory Number"},
    {0x300A0425, 0xFFFFFFFF, VR_FL, VR_FL, "1", "SourceToGeneralAccessoryDistance", "Source To General Accessory Distance"},
    {0x300A0426, 0xFFFFFFFF, VR_DS, VR_DS, "1", "IsocenterToGeneralAccessoryDistance", "Isocenter To General Accessory Distance"},
    {0x300A0431, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ApplicatorGeometrySequence", "Applicator Geometry Sequence"},
    {0x300A0432, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ApplicatorApertureShape", "Applicator Aperture Shape"},
    {0x300A0433, 0xFFFFFFFF, VR_FL, VR_FL, "1", "ApplicatorOpening", "Applicator Opening"},
    {0x300A0434, 0xFFFFFFFF, VR_FL, VR_FL, "1", "ApplicatorOpeningX", "Applicator Opening X"},
    {0x300A0435, 0xFFFFFFFF, VR_FL, VR_FL, "1", "ApplicatorOpeningY", "Applicator Opening Y"},
    {0x300A0436, 0xFFFFFFFF, VR_FL, VR_FL, "1", "SourceToApplicatorMountingPositionDistance", "Source To Applicator Mounting Position Distance"},
    {0x300A0440, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfBlockSlabItems", "Number Of Block Slab Items"},
    {0x300A0441, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BlockSlabSequence", "Block Slab Sequence"},
    {0x300A0442, 0xFFFFFFFF, VR_DS, VR_DS, "1", "BlockSlabThickness", "Block Slab Thickness"},
    {0x300A0443, 0xFFFFFFFF, VR_US, VR_US, "1", "BlockSlabNumber", "Block Slab Number"},
    {0x300A0450, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DeviceMotionControlSequence", "Device Motion Control Sequence"},
    {0x300A0451, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DeviceMotionExecutionMode", "Device Motion Execution Mode"},
    {0x300A0452, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DeviceMotionObservationMode", "Device Motion Observation Mode"},
    {0x300A0453, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DeviceMotionParameterCodeSequence", "Device Motion Parameter Code Sequence"},
    {0x300A0501, 0xFFFFFFFF, VR_FL, VR_FL, "1", "DistalDepthFraction", "Distal Depth Fraction"},
    {0x300A0502, 0xFFFFFFFF, VR_FL, VR_FL, "1", "DistalDepth", "Distal Depth"},
    {0x300A0503, 0xFFFFFFFF, VR_FL, VR_FL, "2", "NominalRangeModulationFractions", "Nominal Range Modulation Fractions"},
    {0x300A0504, 0xFFFFFFFF, VR_FL, VR_FL, "2", "NominalRangeModulatedRegionDepths", "Nominal Range Modulated Region Depths"},
    {0x300A0505, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DepthDoseParametersSequence", "Depth Dose Parameters Sequence"},
    {0x300A0506, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DeliveredDepthDoseParametersSequence", "Delivered Depth Dose Parameters Sequence"},
    {0x300A0507, 0xFFFFFFFF, VR_FL, VR_FL, "1", "DeliveredDistalDepthFraction", "Delivered Distal Depth Fraction"},
    {0x300A0508, 0xFFFFFFFF, VR_FL, VR_FL, "1", "DeliveredDistalDepth", "Delivered Distal Depth"},
    {0x300A0509, 0xFFFFFFFF, VR_FL, VR_FL, "2", "DeliveredNominalRangeModulationFractions", "Delivered Nominal Range Modulation Fractions"},
    {0x300A0510, 0xFFFFFFFF, VR_FL, VR_FL, "2", "DeliveredNominalRangeModulatedRegionDepths", "Delivered Nominal Range Modulated Region Depths"},
    {0x300A0511, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DeliveredReferenceDoseDefinition", "Delivered Reference Dose Definition"},
    {0x300A0512, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ReferenceDoseDefinition", "Reference Dose Definition"},
    {0x300A0600, 0xFFFFFFFF, VR_US, VR_US, "1", "RTControlPointIndex", "RT Control Point Index"},
    {0x300A0601, 0xFFFFFFFF, VR_US, VR_US, "1", "RadiationGenerationModeIndex", "Radiation Generation Mode Index"},
    {0x300A0602, 0xFFFFFFFF, VR_US, VR_US, "1", "ReferencedDefinedDeviceIndex", "Referenced Defined Device Index"},
    {0x300A0603, 0xFFFFFFFF, VR_US, VR_US, "1", "RadiationDoseIdentificationIndex", "Radiation Dose Identification Index"},
    {0x300A0604, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfRTControlPoints", "Number Of RT Control Points"},
    {0x300A0605, 0xFFFFFFFF, VR_US, VR_US, "1", "ReferencedRadiationGenerationModeIndex", "Referenced Radiation Generation Mode Index"},
    {0x300A0606, 0xFFFFFFFF, VR_US, VR_US, "1", "TreatmentPositionIndex", "Treatment Position Index"},
    {0x300A0607, 0xFFFFFFFF, VR_US, VR_US, "1", "ReferencedDeviceIndex", "Referenced Device Index"},
    {0x300A0608, 0xFFFFFFFF, VR_LO, VR_LO, "1", "TreatmentPositionGroupLabel", "Treatment Position Group Label"},
    {0x300A0609, 0xFFFFFFFF, VR_UI, VR_UI, "1", "TreatmentPositionGroupUID", "Treatment Position Group UID"},
    {0x300A060A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TreatmentPositionGroupSequence", "Treatment Position Group Sequence"},
    {0x300A060B, 0xFFFFFFFF, VR_US, VR_US, "1", "ReferencedTreatmentPositionIndex", "Referenced Treatment Position Index"},
    {0x300A060C, 0xFFFFFFFF, VR_US, VR_US, "1", "ReferencedRadiationDoseIdentificationIndex", "Referenced Radiation Dose Identification Index"},
    {0x300A060D, 0xFFFFFFFF, VR_FD, VR_FD, "1", "RTAccessoryHolderWaterEquivalentThickness", "RT Accessory Holder Water Equivalent Thickness"},
    {0x300A060E, 0xFFFFFFFF, VR_US, VR_US, "1", "ReferencedRTAccessoryHolderDeviceIndex", "Referenced RT Accessory Holder Device Index"},
    {0x300A060F, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RTAccessoryHolderSlotExistenceFlag", "RT Accessory Holder Slot Existence Flag"},
    {0x300A0610, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RTAccessoryHolderSlotSequence", "RT Accessory Holder Slot Sequence"},
    {0x300A0611, 0xFFFFFFFF, VR_LO, VR_LO, "1", "RTAccessoryHolderSlotID", "RT Accessory Holder Slot ID"},
    {0x300A0612, 0xFFFFFFFF, VR_FD, VR_FD, "1", "RTAccessoryHolderSlotDistance", "RT Accessory Holder Slot Distance"},
    {0x300A0613, 0xFFFFFFFF, VR_FD, VR_FD, "1", "RTAccessorySlotDistance", "RT Accessory Slot Distance"},
    {0x300A0614, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RTAccessoryHolderDefinitionSequence", "RT Accessory Holder Definition Sequence"},
    {0x300A0615, 0xFFFFFFFF, VR_LO, VR_LO, "1", "RTAccessoryDeviceSlotID", "RT Accessory Device Slot ID"},
    {0x300A0616, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RTRadiationSequence", "RT Radiation Sequence"},
    {0x300A0617, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RadiationDoseSequence", "Radiation Dose Sequence"},
    {0x300A0618, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RadiationDoseIdentificationSequence", "Radiation Dose Identification Sequence"},
    {0x300A0619, 0xFFFFFFFF, VR_LO, VR_LO, "1", "RadiationDoseIdentificationLabel", "Radiation Dose Identification Label"},
    {0x300A061A, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ReferenceDoseType", "Reference Dose Type"},
    {0x300A061B, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PrimaryDoseValueIndicator", "Primary Dose Value Indicator"},
    {0x300A061C, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DoseValuesSequence", "Dose Values Sequence"},
    {0x300A061D, 0xFFFFFFFF, VR_CS, VR_CS, "1-n", "DoseValuePurpose", "Dose Value Purpose"},
    {0x300A061E, 0xFFFFFFFF, VR_FD, VR_FD, "3", "ReferenceDosePointCoordinates", "Reference Dose Point Coordinates"},
    {0x300A061F, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RadiationDoseValuesParametersSequence", "Radiation Dose Values Parameters Sequence"},
    {0x300A0620, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MetersetToDoseMappingSequence", "Meterset To Dose Mapping Sequence"},
    {0x300A0621, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ExpectedInVivoMeasurementValuesSequence", "Expected In Vivo Measurement Values Sequence"},
    {0x300A0622, 0xFFFFFFFF, VR_US, VR_US, "1", "ExpectedInVivoMeasurementValueIndex", "Expected In Vivo Measurement Value Index"},
    {0x300A0623, 0xFFFFFFFF, VR_LO, VR_LO, "1", "RadiationDoseInVivoMeasurementLabel", "Radiation Dose In Vivo Measurement Label"},
    {0x300A0624, 0xFFFFFFFF, VR_FD, VR_FD, "2", "RadiationDoseCentralAxisDisplacement", "Radiation Dose Central Axis Displacement"},
    {0x300A0625, 0xFFFFFFFF, VR_FD, VR_FD, "1", "RadiationDoseValue", "Radiation Dose Value"},
    {0x300A0626, 0xFFFFFFFF, VR_FD, VR_FD, "1", "RadiationDoseSourceToSkinDistance", "Radiation Dose Source To Skin Distance"},
    {0x300A0627, 0xFFFFFFFF, VR_FD, VR_FD, "3", "RadiationDoseMeasurementPointCoordinates", "Radiation Dose Measurement Point Coordinates"},
    {0x300A0628, 0xFFFFFFFF, VR_FD, VR_FD, "1", "RadiationDoseSourceToExternalContourDistance", "Radiation Dose Source To External Contour Distance"},
    {0x300A0629, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RTToleranceSetSequence", "RT Tolerance Set Sequence"},
    {0x300A062A, 0xFFFFFFFF, VR_LO, VR_LO, "1", "RTToleranceSetLabel", "RT Tolerance Set Label"},
    {0x300A062B, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AttributeToleranceValuesSequence", "Attribute Tolerance Values Sequence"},
    {0x300A062C, 0xFFFFFFFF, VR_FD, VR_FD, "1", "ToleranceValue", "Tolerance Value"},
    {0x300A062D, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PatientSupportPositionToleranceSequence", "Patient Support Position Tolerance Sequence"},
    {0x300A062E, 0xFFFFFFFF, VR_FD, VR_FD, "1", "TreatmentTimeLimit", "Treatment Time Limit"},
    {0x300A062F, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CArmPhotonElectronControlPointSequence", "C Arm Photon Electron Control Point Sequence"},
    {0x300A0630, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedRTRadiationSequence", "Referenced RT Radiation Sequence"},
    {0x300A0631, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedRTInstanceSequence", "Referenced RT Instance Sequence"},
    {0x300A0632, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedRTPatientSetupSequence", "Referenced RT Patient Setup Sequence (Retired)"},
    {0x300A0634, 0xFFFFFFFF, VR_FD, VR_FD, "1", "SourceToPatientSurfaceDistance", "Source To Patient Surface Distance"},
    {0x300A0635, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TreatmentMachineSpecialModeCodeSequence", "Treatment Machine Special Mode Code Sequence"},
    {0x300A0636, 0xFFFFFFFF, VR_US, VR_US, "1", "IntendedNumberOfFractions", "Intended Number Of Fractions"},
    {0x300A0637, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RTRadiationSetIntent", "RT Radiation Set Intent"},
    {0x300A0638, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RTRadiationPhysicalAndGeometricContentDetailFlag", "RT Radiation Physical And Geometric Content Detail Flag"},
    {0x300A0639, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RTRecordFlag", "RT Record Flag"},
    {0x300A063A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TreatmentDeviceIdentificationSequence", "Treatment Device Identification Sequence"},
    {0x300A063B, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedRTPhysicianIntentSequence", "Referenced RT Physician Intent Sequence"},
    {0x300A063C, 0xFFFFFFFF, VR_FD, VR_FD, "1", "CumulativeMeterset", "Cumulative Meterset"},
    {0x300A063D, 0xFFFFFFFF, VR_FD, VR_FD, "1", "DeliveryRate", "Delivery Rate"},
    {0x300A063E, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DeliveryRateUnitSequence", "Delivery Rate Unit Sequence"},
    {0x300A063F, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TreatmentPositionSequence", "Treatment Position Sequence"},
    {0x300A0640, 0xFFFFFFFF, VR_FD, VR_FD, "1", "RadiationSourceAxisDistance", "Radiation Source Axis Distance"},
    {0x300A0641, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfRTBeamLimitingDevices", "Number Of RT Beam Limiting Devices"},
    {0x300A0642, 0xFFFFFFFF, VR_FD, VR_FD, "1", "RTBeamLimitingDeviceProximalDistance", "RT Beam Limiting Device Proximal Distance"},
    {0x300A0643, 0xFFFFFFFF, VR_FD, VR_FD, "1", "RTBeamLimitingDeviceDistalDistance", "RT Beam Limiting Device Distal Distance"},
    {0x300A0644, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequence", "Parallel RT Beam Delimiter Device Orientation Label Code Sequence"},
    {0x300A0645, 0xFFFFFFFF, VR_FD, VR_FD, "1", "BeamModifierOrientationAngle", "Beam Modifier Orientation Angle"},
    {0x300A0646, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FixedRTBeamDelimiterDeviceSequence", "Fixed RT Beam Delimiter Device Sequence"},
    {0x300A0647, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ParallelRTBeamDelimiterDeviceSequence", "Parallel RT Beam Delimiter Device Sequence"},
    {0x300A0648, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfParallelRTBeamDelimiters", "Number Of Parallel RT Beam Delimiters"},
    {0x300A0649, 0xFFFFFFFF, VR_FD, VR_FD, "2-n", "ParallelRTBeamDelimiterBoundaries", "Parallel RT Beam Delimiter Boundaries"},
    {0x300A064A, 0xFFFFFFFF, VR_FD, VR_FD, "2-n", "ParallelRTBeamDelimiterPositions", "Parallel RT Beam Delimiter Positions"},
    {0x300A064B, 0xFFFFFFFF, VR_FD, VR_FD, "2", "RTBeamLimitingDeviceOffset", "RT Beam Limiting Device Offset"},
    {0x300A064C, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RTBeamDelimiterGeometrySequence", "RT Beam Delimiter Geometry Sequence"},
    {0x300A064D, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RTBeamLimitingDeviceDefinitionSequence", "RT Beam Limiting Device Definition Sequence"},
    {0x300A064E, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ParallelRTBeamDelimiterOpeningMode", "Parallel RT Beam Delimiter Opening Mode"},
    {0x300A064F, 0xFFFFFFFF, VR_CS, VR_CS, "1-n", "ParallelRTBeamDelimiterLeafMountingSide", "Parallel RT Beam Delimiter Leaf Mounting Side"},
    {0x300A0650, 0xFFFFFFFF, VR_UI, VR_UI, "1", "PatientSetupUID", "Patient Setup UID (Retired)"},
    {0x300A0651, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "WedgeDefinitionSequence", "Wedge Definition Sequence"},
    {0x300A0652, 0xFFFFFFFF, VR_FD, VR_FD, "1", "RadiationBeamWedgeAngle", "Radiation Beam Wedge Angle"},
    {0x300A0653, 0xFFFFFFFF, VR_FD, VR_FD, "1", "RadiationBeamWedgeThinEdgeDistance", "Radiation Beam Wedge Thin Edge Distance"},
    {0x300A0654, 0xFFFFFFFF, VR_FD, VR_FD, "1", "RadiationBeamEffectiveWedgeAngle", "Radiation Beam Effective Wedge Angle"},
    {0x300A0655, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfWedgePositions", "Number Of Wedge Positions"},
    {0x300A0656, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RTBeamLimitingDeviceOpeningSequence", "RT Beam Limiting Device Opening Sequence"},
    {0x300A0657, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfRTBeamLimitingDeviceOpenings", "Number Of RT Beam Limiting Device Openings"},
    {0x300A0658, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RadiationDosimeterUnitSequence", "Radiation Dosimeter Unit Sequence"},
    {0x300A0659, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RTDeviceDistanceReferenceLocationCodeSequence", "RT Device Distance Reference Location Code Sequence"},
    {0x300A065A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RadiationDeviceConfigurationAndCommissioningKeySequence", "Radiation Device Configuration And Commissioning Key Sequence"},
    {0x300A065B, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PatientSupportPositionParameterSequence", "Patient Support Position Parameter Sequence"},
    {0x300A065C, 0xFFFFFFFF, VR_CS, VR_CS, "1", "PatientSupportPositionSpecificationMethod", "Patient Support Position Specification Method"},
    {0x300A065D, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PatientSupportPositionDeviceParameterSequence", "Patient Support Position Device Parameter Sequence"},
    {0x300A065E, 0xFFFFFFFF, VR_US, VR_US, "1", "DeviceOrderIndex", "Device Order Index"},
    {0x300A065F, 0xFFFFFFFF, VR_US, VR_US, "1", "PatientSupportPositionParameterOrderIndex", "Patient Support Position Parameter Order Index"},
    {0x300A0660, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PatientSupportPositionDeviceToleranceSequence", "Patient Support Position Device Tolerance Sequence"},
    {0x300A0661, 0xFFFFFFFF, VR_US, VR_US, "1", "PatientSupportPositionToleranceOrderIndex", "Patient Support Position Tolerance Order Index"},
    {0x300A0662, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CompensatorDefinitionSequence", "Compensator Definition Sequence"},
    {0x300A0663, 0xFFFFFFFF, VR_CS, VR_CS, "1", "CompensatorMapOrientation", "Compensator Map Orientation"},
    {0x300A0664, 0xFFFFFFFF, VR_OF, VR_OF, "1", "CompensatorProximalThicknessMap", "Compensator Proximal Thickness Map"},
    {0x300A0665, 0xFFFFFFFF, VR_OF, VR_OF, "1", "CompensatorDistalThicknessMap", "Compensator Distal Thickness Map"},
    {0x300A0666, 0xFFFFFFFF, VR_FD, VR_FD, "1", "CompensatorBasePlaneOffset", "Compensator Base Plane Offset"},
    {0x300A0667, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CompensatorShapeFabricationCodeSequence", "Compensator Shape Fabrication Code Sequence"},
    {0x300A0668, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CompensatorShapeSequence", "Compensator Shape Sequence"},
    {0x300A0669, 0xFFFFFFFF, VR_FD, VR_FD, "1", "RadiationBeamCompensatorMillingToolDiameter", "Radiation Beam Compensator Milling Tool Diameter"},
    {0x300A066A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BlockDefinitionSequence", "Block Definition Sequence"},
    {0x300A066B, 0xFFFFFFFF, VR_OF, VR_OF, "1", "BlockEdgeData", "Block Edge Data"},
    {0x300A066C, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BlockOrientation", "Block Orientation"},
    {0x300A066D, 0xFFFFFFFF, VR_FD, VR_FD, "1", "RadiationBeamBlockThickness", "Radiation Beam Block Thickness"},
    {0x300A066E, 0xFFFFFFFF, VR_FD, VR_FD, "1", "RadiationBeamBlockSlabThickness", "Radiation Beam Block Slab Thickness"},
    {0x300A066F, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BlockEdgeDataSequence", "Block Edge Data Sequence"},
    {0x300A0670, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfRTAccessoryHolders", "Number Of RT Accessory Holders"},
    {0x300A0671, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "GeneralAccessoryDefinitionSequence", "General Accessory Definition Sequence"},
    {0x300A0672, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfGeneralAccessories", "Number Of General Accessories"},
    {0x300A0673, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BolusDefinitionSequence", "Bolus Definition Sequence"},
    {0x300A0674, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfBoluses", "Number Of Boluses"},
    {0x300A0675, 0xFFFFFFFF, VR_UI, VR_UI, "1", "EquipmentFrameOfReferenceUID", "Equipment Frame Of Reference UID"},
    {0x300A0676, 0xFFFFFFFF, VR_ST, VR_ST, "1", "EquipmentFrameOfReferenceDescription", "Equipment Frame Of Reference Description"},
    {0x300A0677, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "EquipmentReferencePointCoordinatesSequence", "Equipment Reference Point Coordinates Sequence"},
    {0x300A0678, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "EquipmentReferencePointCodeSequence", "Equipment Reference Point Code Sequence"},
    {0x300A0679, 0xFFFFFFFF, VR_FD, VR_FD, "1", "RTBeamLimitingDeviceAngle", "RT Beam Limiting Device Angle"},
    {0x300A067A, 0xFFFFFFFF, VR_FD, VR_FD, "1", "SourceRollAngle", "Source Roll Angle"},
    {0x300A067B, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RadiationGenerationModeSequence", "Radiation Generation Mode Sequence"},
    {0x300A067C, 0xFFFFFFFF, VR_SH, VR_SH, "1", "RadiationGenerationModeLabel", "Radiation Generation Mode Label"},
    {0x300A067D, 0xFFFFFFFF, VR_ST, VR_ST, "1", "RadiationGenerationModeDescription", "Radiation Generation Mode Description"},
    {0x300A067E, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RadiationGenerationModeMachineCodeSequence", "Radiation Generation Mode Machine Code Sequence"},
    {0x300A067F, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RadiationTypeCodeSequence", "Radiation Type Code Sequence"},
    {0x300A0680, 0xFFFFFFFF, VR_DS, VR_DS, "1", "NominalEnergy", "Nominal Energy"},
    {0x300A0681, 0xFFFFFFFF, VR_DS, VR_DS, "1", "MinimumNominalEnergy", "Minimum Nominal Energy"},
    {0x300A0682, 0xFFFFFFFF, VR_DS, VR_DS, "1", "MaximumNominalEnergy", "Maximum Nominal Energy"},
    {0x300A0683, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RadiationFluenceModifierCodeSequence", "Radiation Fluence Modifier Code Sequence"},
    {0x300A0684, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "EnergyUnitCodeSequence", "Energy Unit Code Sequence"},
    {0x300A0685, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfRadiationGenerationModes", "Number Of Radiation Generation Modes"},
    {0x300A0686, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PatientSupportDevicesSequence", "Patient Support Devices Sequence"},
    {0x300A0687, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfPatientSupportDevices", "Number Of Patient Support Devices"},
    {0x300A0688, 0xFFFFFFFF, VR_FD, VR_FD, "1", "RTBeamModifierDefinitionDistance", "RT Beam Modifier Definition Distance"},
    {0x300A0689, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BeamAreaLimitSequence", "Beam Area Limit Sequence"},
    {0x300A068A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedRTPrescriptionSequence", "Referenced RT Prescription Sequence"},
    {0x300A0700, 0xFFFFFFFF, VR_UI, VR_UI, "1", "TreatmentSessionUID", "Treatment Session UID"},
    {0x300A0701, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RTRadiationUsage", "RT Radiation Usage"},
    {0x300A0702, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedRTRadiationSetSequence", "Referenced RT Radiation Set Sequence"},
    {0x300A0703, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedRTRadiationRecordSequence", "Referenced RT Radiation Record Sequence"},
    {0x300A0704, 0xFFFFFFFF, VR_US, VR_US, "1", "RTRadiationSetDeliveryNumber", "RT Radiation Set Delivery Number"},
    {0x300A0705, 0xFFFFFFFF, VR_US, VR_US, "1", "ClinicalFractionNumber", "Clinical Fraction Number"},
    {0x300A0706, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RTTreatmentFractionCompletionStatus", "RT Treatment Fraction Completion Status"},
    {0x300A0707, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RTRadiationSetUsage", "RT Radiation Set Usage"},
    {0x300A0708, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TreatmentDeliveryContinuationFlag", "Treatment Delivery Continuation Flag"},
    {0x300A0709, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TreatmentRecordContentOrigin", "Treatment Record Content Origin"},
    {0x300A0714, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RTTreatmentTerminationStatus", "RT Treatment Termination Status"},
    {0x300A0715, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RTTreatmentTerminationReasonCodeSequence", "RT Treatment Termination Reason Code Sequence"},
    {0x300A0716, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MachineSpecificTreatmentTerminationCodeSequence", "Machine Specific Treatment Termination Code Sequence"},
    {0x300A0722, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RTRadiationSalvageRecordControlPointSequence", "RT Radiation Salvage Record Control Point Sequence"},
    {0x300A0723, 0xFFFFFFFF, VR_CS, VR_CS, "1", "StartingMetersetValueKnownFlag", "Starting Meterset Value Known Flag"},
    {0x300A0730, 0xFFFFFFFF, VR_ST, VR_ST, "1", "TreatmentTerminationDescription", "Treatment Termination Description"},
    {0x300A0731, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TreatmentToleranceViolationSequence", "Treatment Tolerance Violation Sequence"},
    {0x300A0732, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TreatmentToleranceViolationCategory", "Treatment Tolerance Violation Category"},
    {0x300A0733, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TreatmentToleranceViolationAttributeSequence", "Treatment Tolerance Violation Attribute Sequence"},
    {0x300A0734, 0xFFFFFFFF, VR_ST, VR_ST, "1", "TreatmentToleranceViolationDescription", "Treatment Tolerance Violation Description"},
    {0x300A0735, 0xFFFFFFFF, VR_ST, VR_ST, "1", "TreatmentToleranceViolationIdentification", "Treatment Tolerance Violation Identification"},
    {0x300A0736, 0xFFFFFFFF, VR_DT, VR_DT, "1", "TreatmentToleranceViolationDateTime", "Treatment Tolerance Violation Date Time"},
    {0x300A073A, 0xFFFFFFFF, VR_DT, VR_DT, "1", "RecordedRTControlPointDateTime", "Recorded RT Control Point Date Time"},
    {0x300A073B, 0xFFFFFFFF, VR_US, VR_US, "1", "ReferencedRadiationRTControlPointIndex", "Referenced Radiation RT Control Point Index"},
    {0x300A073E, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AlternateValueSequence", "Alternate Value Sequence"},
    {0x300A073F, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ConfirmationSequence", "Confirmation Sequence"},
    {0x300A0740, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "InterlockSequence", "Interlock Sequence"},
    {0x300A0741, 0xFFFFFFFF, VR_DT, VR_DT, "1", "InterlockDateTime", "Interlock Date Time"},
    {0x300A0742, 0xFFFFFFFF, VR_ST, VR_ST, "1", "InterlockDescription", "Interlock Description"},
    {0x300A0743, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "InterlockOriginatingDeviceSequence", "Interlock Originating Device Sequence"},
    {0x300A0744, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "InterlockCodeSequence", "Interlock Code Sequence"},
    {0x300A0745, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "InterlockResolutionCodeSequence", "Interlock Resolution Code Sequence"},
    {0x300A0746, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "InterlockResolutionUserSequence", "Interlock Resolution User Sequence"},
    {0x300A0760, 0xFFFFFFFF, VR_DT, VR_DT, "1", "OverrideDateTime", "Override Date Time"},
    {0x300A0761, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TreatmentToleranceViolationTypeCodeSequence", "Treatment Tolerance Violation Type Code Sequence"},
    {0x300A0762, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TreatmentToleranceViolationCauseCodeSequence", "Treatment Tolerance Violation Cause Code Sequence"},
    {0x300A0772, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MeasuredMetersetToDoseMappingSequence", "Measured Meterset To Dose Mapping Sequence"},
    {0x300A0773, 0xFFFFFFFF, VR_US, VR_US, "1", "ReferencedExpectedInVivoMeasurementValueIndex", "Referenced Expected In Vivo Measurement Value Index"},
    {0x300A0774, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DoseMeasurementDeviceCodeSequence", "Dose Measurement Device Code Sequence"},
    {0x300A0780, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AdditionalParameterRecordingInstanceSequence", "Additional Parameter Recording Instance Sequence"},
    {0x300A0783, 0xFFFFFFFF, VR_ST, VR_ST, "1", "InterlockOriginDescription", "Interlock Origin Description"},
    {0x300A0784, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RTPatientPositionScopeSequence", "RT Patient Position Scope Sequence"},
    {0x300A0785, 0xFFFFFFFF, VR_UI, VR_UI, "1", "ReferencedTreatmentPositionGroupUID", "Referenced Treatment Position Group UID"},
    {0x300A0786, 0xFFFFFFFF, VR_US, VR_US, "1", "RadiationOrderIndex", "Radiation Order Index"},
    {0x300A0787, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OmittedRadiationSequence", "Omitted Radiation Sequence"},
    {0x300A0788, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReasonForOmissionCodeSequence", "Reason For Omission Code Sequence"},
    {0x300A0789, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RTDeliveryStartPatientPositionSequence", "RT Delivery Start Patient Position Sequence"},
    {0x300A078A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RTTreatmentPreparationPatientPositionSequence", "RT Treatment Preparation Patient Position Sequence"},
    {0x300A078B, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedRTTreatmentPreparationSequence", "Referenced RT Treatment Preparation Sequence"},
    {0x300A078C, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedPatientSetupPhotoSequence", "Referenced Patient Setup Photo Sequence"},
    {0x300A078D, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PatientTreatmentPreparationMethodCodeSequence", "Patient Treatment Preparation Method Code Sequence"},
    {0x300A078E, 0xFFFFFFFF, VR_LT, VR_LT, "1", "PatientTreatmentPreparationProcedureParameterDescription", "Patient Treatment Preparation Procedure Parameter Description"},
    {0x300A078F, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PatientTreatmentPreparationDeviceSequence", "Patient Treatment Preparation Device Sequence"},
    {0x300A0790, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PatientTreatmentPreparationProcedureSequence", "Patient Treatment Preparation Procedure Sequence"},
    {0x300A0791, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PatientTreatmentPreparationProcedureCodeSequence", "Patient Treatment Preparation Procedure Code Sequence"},
    {0x300A0792, 0xFFFFFFFF, VR_LT, VR_LT, "1", "PatientTreatmentPreparationMethodDescription", "Patient Treatment Preparation Method Description"},
    {0x300A0793, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PatientTreatmentPreparationProcedureParameterSequence", "Patient Treatment Preparation Procedure Parameter Sequence"},
    {0x300A0794, 0xFFFFFFFF, VR_LT, VR_LT, "1", "PatientSetupPhotoDescription", "Patient Setup Photo Description"},
    {0x300A0795, 0xFFFFFFFF, VR_US, VR_US, "1", "PatientTreatmentPreparationProcedureIndex", "Patient Treatment Preparation Procedure Index"},
    {0x300A0796, 0xFFFFFFFF, VR_US, VR_US, "1", "ReferencedPatientSetupProcedureIndex", "Referenced Patient Setup Procedure Index"},
    {0x300A0797, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RTRadiationTaskSequence", "RT Radiation Task Sequence"},
    {0x300A0798, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RTPatientPositionDisplacementSequence", "RT Patient Position Displacement Sequence"},
    {0x300A0799, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RTPatientPositionSequence", "RT Patient Position Sequence"},
    {0x300A079A, 0xFFFFFFFF, VR_LO, VR_LO, "1", "DisplacementReferenceLabel", "Displacement Reference Label"},
    {0x300A079B, 0xFFFFFFFF, VR_FD, VR_FD, "16", "DisplacementMatrix", "Displacement Matrix"},
    {0x300A079C, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PatientSupportDisplacementSequence", "Patient Support Displacement Sequence"},
    {0x300A079D, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DisplacementReferenceLocationCodeSequence", "Displacement Reference Location Code Sequence"},
    {0x300A079E, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RTRadiationSetDeliveryUsage", "RT Radiation Set Delivery Usage"},
    {0x300C0002, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedRTPlanSequence", "Referenced RT Plan Sequence"},
    {0x300C0004, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedBeamSequence", "Referenced Beam Sequence"},
    {0x300C0006, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ReferencedBeamNumber", "Referenced Beam Number"},
    {0x300C0007, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ReferencedReferenceImageNumber", "Referenced Reference Image Number"},
    {0x300C0008, 0xFFFFFFFF, VR_DS, VR_DS, "1", "StartCumulativeMetersetWeight", "Start Cumulative Meterset Weight"},
    {0x300C0009, 0xFFFFFFFF, VR_DS, VR_DS, "1", "EndCumulativeMetersetWeight", "End Cumulative Meterset Weight"},
    {0x300C000A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedBrachyApplicationSetupSequence", "Referenced Brachy Application Setup Sequence"},
    {0x300C000C, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ReferencedBrachyApplicationSetupNumber", "Referenced Brachy Application Setup Number"},
    {0x300C000E, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ReferencedSourceNumber", "Referenced Source Number"},
    {0x300C0020, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedFractionGroupSequence", "Referenced Fraction Group Sequence"},
    {0x300C0022, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ReferencedFractionGroupNumber", "Referenced Fraction Group Number"},
    {0x300C0040, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedVerificationImageSequence", "Referenced Verification Image Sequence"},
    {0x300C0042, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedReferenceImageSequence", "Referenced Reference Image Sequence"},
    {0x300C0050, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedDoseReferenceSequence", "Referenced Dose Reference Sequence"},
    {0x300C0051, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ReferencedDoseReferenceNumber", "Referenced Dose Reference Number"},
    {0x300C0055, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BrachyReferencedDoseReferenceSequence", "Brachy Referenced Dose Reference Sequence"},
    {0x300C0060, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedStructureSetSequence", "Referenced Structure Set Sequence"},
    {0x300C006A, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ReferencedPatientSetupNumber", "Referenced Patient Setup Number"},
    {0x300C0080, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedDoseSequence", "Referenced Dose Sequence"},
    {0x300C00A0, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ReferencedToleranceTableNumber", "Referenced Tolerance Table Number"},
    {0x300C00B0, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedBolusSequence", "Referenced Bolus Sequence"},
    {0x300C00C0, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ReferencedWedgeNumber", "Referenced Wedge Number"},
    {0x300C00D0, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ReferencedCompensatorNumber", "Referenced Compensator Number"},
    {0x300C00E0, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ReferencedBlockNumber", "Referenced Block Number"},
    {0x300C00F0, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ReferencedControlPointIndex", "Referenced Control Point Index"},
    {0x300C00F2, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedControlPointSequence", "Referenced Control Point Sequence"},
    {0x300C00F4, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ReferencedStartControlPointIndex", "Referenced Start Control Point Index"},
    {0x300C00F6, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ReferencedStopControlPointIndex", "Referenced Stop Control Point Index"},
    {0x300C0100, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ReferencedRangeShifterNumber", "Referenced Range Shifter Number"},
    {0x300C0102, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ReferencedLateralSpreadingDeviceNumber", "Referenced Lateral Spreading Device Number"},
    {0x300C0104, 0xFFFFFFFF, VR_IS, VR_IS, "1", "ReferencedRangeModulatorNumber", "Referenced Range Modulator Number"},
    {0x300C0111, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OmittedBeamTaskSequence", "Omitted Beam Task Sequence"},
    {0x300C0112, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ReasonForOmission", "Reason For Omission"},
    {0x300C0113, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ReasonForOmissionDescription", "Reason For Omission Description"},
    {0x300C0114, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PrescriptionOverviewSequence", "Prescription Overview Sequence"},
    {0x300C0115, 0xFFFFFFFF, VR_FL, VR_FL, "1", "TotalPrescriptionDose", "Total Prescription Dose"},
    {0x300C0116, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PlanOverviewSequence", "Plan Overview Sequence"},
    {0x300C0117, 0xFFFFFFFF, VR_US, VR_US, "1", "PlanOverviewIndex", "Plan Overview Index"},
    {0x300C0118, 0xFFFFFFFF, VR_US, VR_US, "1", "ReferencedPlanOverviewIndex", "Referenced Plan Overview Index"},
    {0x300C0119, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfFractionsIncluded", "Number Of Fractions Included"},
    {0x300C0120, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DoseCalibrationConditionsSequence", "Dose Calibration Conditions Sequence"},
    {0x300C0121, 0xFFFFFFFF, VR_FD, VR_FD, "1", "AbsorbedDoseToMetersetRatio", "Absorbed Dose To Meterset Ratio"},
    {0x300C0122, 0xFFFFFFFF, VR_FD, VR_FD, "2", "DelineatedRadiationFieldSize", "Delineated Radiation Field Size"},
    {0x300C0123, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DoseCalibrationConditionsVerifiedFlag", "Dose Calibration Conditions Verified Flag"},
    {0x300C0124, 0xFFFFFFFF, VR_FD, VR_FD, "1", "CalibrationReferencePointDepth", "Calibration Reference Point Depth"},
    {0x300C0125, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "GatingBeamHoldTransitionSequence", "Gating Beam Hold Transition Sequence"},
    {0x300C0126, 0xFFFFFFFF, VR_CS, VR_CS, "1", "BeamHoldTransition", "Beam Hold Transition"},
    {0x300C0127, 0xFFFFFFFF, VR_DT, VR_DT, "1", "BeamHoldTransitionDateTime", "Beam Hold Transition Date Time"},
    {0x300C0128, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "BeamHoldOriginatingDeviceSequence", "Beam Hold Originating Device Sequence"},
    {0x300E0002, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ApprovalStatus", "Approval Status"},
    {0x300E0004, 0xFFFFFFFF, VR_DA, VR_DA, "1", "ReviewDate", "Review Date"},
    {0x300E0005, 0xFFFFFFFF, VR_TM, VR_TM, "1", "ReviewTime", "Review Time"},
    {0x300E0008, 0xFFFFFFFF, VR_PN, VR_PN, "1", "ReviewerName", "Reviewer Name"},
    {0x30100001, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RadiobiologicalDoseEffectSequence", "Radiobiological Dose Effect Sequence"},
    {0x30100002, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RadiobiologicalDoseEffectFlag", "Radiobiological Dose Effect Flag"},
    {0x30100003, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "EffectiveDoseCalculationMethodCategoryCodeSequence", "Effective Dose Calculation Method Category Code Sequence"},
    {0x30100004, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "EffectiveDoseCalculationMethodCodeSequence", "Effective Dose Calculation Method Code Sequence"},
    {0x30100005, 0xFFFFFFFF, VR_LO, VR_LO, "1", "EffectiveDoseCalculationMethodDescription", "Effective Dose Calculation Method Description"},
    {0x30100006, 0xFFFFFFFF, VR_UI, VR_UI, "1", "ConceptualVolumeUID", "Conceptual Volume UID"},
    {0x30100007, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "OriginatingSOPInstanceReferenceSequence", "Originating SOP Instance Reference Sequence"},
    {0x30100008, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ConceptualVolumeConstituentSequence", "Conceptual Volume Constituent Sequence"},
    {0x30100009, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "EquivalentConceptualVolumeInstanceReferenceSequence", "Equivalent Conceptual Volume Instance Reference Sequence"},
    {0x3010000A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "EquivalentConceptualVolumesSequence", "Equivalent Conceptual Volumes Sequence"},
    {0x3010000B, 0xFFFFFFFF, VR_UI, VR_UI, "1", "ReferencedConceptualVolumeUID", "Referenced Conceptual Volume UID"},
    {0x3010000C, 0xFFFFFFFF, VR_UT, VR_UT, "1", "ConceptualVolumeCombinationExpression", "Conceptual Volume Combination Expression"},
    {0x3010000D, 0xFFFFFFFF, VR_US, VR_US, "1", "ConceptualVolumeConstituentIndex", "Conceptual Volume Constituent Index"},
    {0x3010000E, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ConceptualVolumeCombinationFlag", "Conceptual Volume Combination Flag"},
    {0x3010000F, 0xFFFFFFFF, VR_ST, VR_ST, "1", "ConceptualVolumeCombinationDescription", "Conceptual Volume Combination Description"},
    {0x30100010, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ConceptualVolumeSegmentationDefinedFlag", "Conceptual Volume Segmentation Defined Flag"},
    {0x30100011, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ConceptualVolumeSegmentationReferenceSequence", "Conceptual Volume Segmentation Reference Sequence"},
    {0x30100012, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ConceptualVolumeConstituentSegmentationReferenceSequence", "Conceptual Volume Constituent Segmentation Reference Sequence"},
    {0x30100013, 0xFFFFFFFF, VR_UI, VR_UI, "1", "ConstituentConceptualVolumeUID", "Constituent Conceptual Volume UID"},
    {0x30100014, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DerivationConceptualVolumeSequence", "Derivation Conceptual Volume Sequence"},
    {0x30100015, 0xFFFFFFFF, VR_UI, VR_UI, "1", "SourceConceptualVolumeUID", "Source Conceptual Volume UID"},
    {0x30100016, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ConceptualVolumeDerivationAlgorithmSequence", "Conceptual Volume Derivation Algorithm Sequence"},
    {0x30100017, 0xFFFFFFFF, VR_ST, VR_ST, "1", "ConceptualVolumeDescription", "Conceptual Volume Description"},
    {0x30100018, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SourceConceptualVolumeSequence", "Source Conceptual Volume Sequence"},
    {0x30100019, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "AuthorIdentificationSequence", "Author Identification Sequence"},
    {0x3010001A, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ManufacturerModelVersion", "Manufacturer Model Version"},
    {0x3010001B, 0xFFFFFFFF, VR_UC, VR_UC, "1", "DeviceAlternateIdentifier", "Device Alternate Identifier"},
    {0x3010001C, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DeviceAlternateIdentifierType", "Device Alternate Identifier Type"},
    {0x3010001D, 0xFFFFFFFF, VR_LT, VR_LT, "1", "DeviceAlternateIdentifierFormat", "Device Alternate Identifier Format"},
    {0x3010001E, 0xFFFFFFFF, VR_LO, VR_LO, "1", "SegmentationCreationTemplateLabel", "Segmentation Creation Template Label"},
    {0x3010001F, 0xFFFFFFFF, VR_UI, VR_UI, "1", "SegmentationTemplateUID", "Segmentation Template UID"},
    {0x30100020, 0xFFFFFFFF, VR_US, VR_US, "1", "ReferencedSegmentReferenceIndex", "Referenced Segment Reference Index"},
    {0x30100021, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SegmentReferenceSequence", "Segment Reference Sequence"},
    {0x30100022, 0xFFFFFFFF, VR_US, VR_US, "1", "SegmentReferenceIndex", "Segment Reference Index"},
    {0x30100023, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DirectSegmentReferenceSequence", "Direct Segment Reference Sequence"},
    {0x30100024, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "CombinationSegmentReferenceSequence", "Combination Segment Reference Sequence"},
    {0x30100025, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ConceptualVolumeSequence", "Conceptual Volume Sequence"},
    {0x30100026, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SegmentedRTAccessoryDeviceSequence", "Segmented RT Accessory Device Sequence"},
    {0x30100027, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SegmentCharacteristicsSequence", "Segment Characteristics Sequence"},
    {0x30100028, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RelatedSegmentCharacteristicsSequence", "Related Segment Characteristics Sequence"},
    {0x30100029, 0xFFFFFFFF, VR_US, VR_US, "1", "SegmentCharacteristicsPrecedence", "Segment Characteristics Precedence"},
    {0x3010002A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RTSegmentAnnotationSequence", "RT Segment Annotation Sequence"},
    {0x3010002B, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SegmentAnnotationCategoryCodeSequence", "Segment Annotation Category Code Sequence"},
    {0x3010002C, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SegmentAnnotationTypeCodeSequence", "Segment Annotation Type Code Sequence"},
    {0x3010002D, 0xFFFFFFFF, VR_LO, VR_LO, "1", "DeviceLabel", "Device Label"},
    {0x3010002E, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DeviceTypeCodeSequence", "Device Type Code Sequence"},
    {0x3010002F, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SegmentAnnotationTypeModifierCodeSequence", "Segment Annotation Type Modifier Code Sequence"},
    {0x30100030, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PatientEquipmentRelationshipCodeSequence", "Patient Equipment Relationship Code Sequence"},
    {0x30100031, 0xFFFFFFFF, VR_UI, VR_UI, "1", "ReferencedFiducialsUID", "Referenced Fiducials UID"},
    {0x30100032, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PatientTreatmentOrientationSequence", "Patient Treatment Orientation Sequence"},
    {0x30100033, 0xFFFFFFFF, VR_SH, VR_SH, "1", "UserContentLabel", "User Content Label"},
    {0x30100034, 0xFFFFFFFF, VR_LO, VR_LO, "1", "UserContentLongLabel", "User Content Long Label"},
    {0x30100035, 0xFFFFFFFF, VR_SH, VR_SH, "1", "EntityLabel", "Entity Label"},
    {0x30100036, 0xFFFFFFFF, VR_LO, VR_LO, "1", "EntityName", "Entity Name"},
    {0x30100037, 0xFFFFFFFF, VR_ST, VR_ST, "1", "EntityDescription", "Entity Description"},
    {0x30100038, 0xFFFFFFFF, VR_LO, VR_LO, "1", "EntityLongLabel", "Entity Long Label"},
    {0x30100039, 0xFFFFFFFF, VR_US, VR_US, "1", "DeviceIndex", "Device Index"},
    {0x3010003A, 0xFFFFFFFF, VR_US, VR_US, "1", "RTTreatmentPhaseIndex", "RT Treatment Phase Index"},
    {0x3010003B, 0xFFFFFFFF, VR_UI, VR_UI, "1", "RTTreatmentPhaseUID", "RT Treatment Phase UID"},
    {0x3010003C, 0xFFFFFFFF, VR_US, VR_US, "1", "RTPrescriptionIndex", "RT Prescription Index"},
    {0x3010003D, 0xFFFFFFFF, VR_US, VR_US, "1", "RTSegmentAnnotationIndex", "RT Segment Annotation Index"},
    {0x3010003E, 0xFFFFFFFF, VR_US, VR_US, "1", "BasisRTTreatmentPhaseIndex", "Basis RT Treatment Phase Index"},
    {0x3010003F, 0xFFFFFFFF, VR_US, VR_US, "1", "RelatedRTTreatmentPhaseIndex", "Related RT Treatment Phase Index"},
    {0x30100040, 0xFFFFFFFF, VR_US, VR_US, "1", "ReferencedRTTreatmentPhaseIndex", "Referenced RT Treatment Phase Index"},
    {0x30100041, 0xFFFFFFFF, VR_US, VR_US, "1", "ReferencedRTPrescriptionIndex", "Referenced RT Prescription Index"},
    {0x30100042, 0xFFFFFFFF, VR_US, VR_US, "1", "ReferencedParentRTPrescriptionIndex", "Referenced Parent RT Prescription Index"},
    {0x30100043, 0xFFFFFFFF, VR_ST, VR_ST, "1", "ManufacturerDeviceIdentifier", "Manufacturer Device Identifier"},
    {0x30100044, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "InstanceLevelReferencedPerformedProcedureStepSequence", "Instance Level Referenced Performed Procedure Step Sequence"},
    {0x30100045, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RTTreatmentPhaseIntentPresenceFlag", "RT Treatment Phase Intent Presence Flag"},
    {0x30100046, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RadiotherapyTreatmentType", "Radiotherapy Treatment Type"},
    {0x30100047, 0xFFFFFFFF, VR_CS, VR_CS, "1-n", "TeletherapyRadiationType", "Teletherapy Radiation Type"},
    {0x30100048, 0xFFFFFFFF, VR_CS, VR_CS, "1-n", "BrachytherapySourceType", "Brachytherapy Source Type"},
    {0x30100049, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedRTTreatmentPhaseSequence", "Referenced RT Treatment Phase Sequence"},
    {0x3010004A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedDirectSegmentInstanceSequence", "Referenced Direct Segment Instance Sequence"},
    {0x3010004B, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "IntendedRTTreatmentPhaseSequence", "Intended RT Treatment Phase Sequence"},
    {0x3010004C, 0xFFFFFFFF, VR_DA, VR_DA, "1", "IntendedPhaseStartDate", "Intended Phase Start Date"},
    {0x3010004D, 0xFFFFFFFF, VR_DA, VR_DA, "1", "IntendedPhaseEndDate", "Intended Phase End Date"},
    {0x3010004E, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RTTreatmentPhaseIntervalSequence", "RT Treatment Phase Interval Sequence"},
    {0x3010004F, 0xFFFFFFFF, VR_CS, VR_CS, "1", "TemporalRelationshipIntervalAnchor", "Temporal Relationship Interval Anchor"},
    {0x30100050, 0xFFFFFFFF, VR_FD, VR_FD, "1", "MinimumNumberOfIntervalDays", "Minimum Number Of Interval Days"},
    {0x30100051, 0xFFFFFFFF, VR_FD, VR_FD, "1", "MaximumNumberOfIntervalDays", "Maximum Number Of Interval Days"},
    {0x30100052, 0xFFFFFFFF, VR_UI, VR_UI, "1-n", "PertinentSOPClassesInStudy", "Pertinent SOP Classes In Study"},
    {0x30100053, 0xFFFFFFFF, VR_UI, VR_UI, "1-n", "PertinentSOPClassesInSeries", "Pertinent SOP Classes In Series"},
    {0x30100054, 0xFFFFFFFF, VR_LO, VR_LO, "1", "RTPrescriptionLabel", "RT Prescription Label"},
    {0x30100055, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RTPhysicianIntentPredecessorSequence", "RT Physician Intent Predecessor Sequence"},
    {0x30100056, 0xFFFFFFFF, VR_LO, VR_LO, "1", "RTTreatmentApproachLabel", "RT Treatment Approach Label"},
    {0x30100057, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RTPhysicianIntentSequence", "RT Physician Intent Sequence"},
    {0x30100058, 0xFFFFFFFF, VR_US, VR_US, "1", "RTPhysicianIntentIndex", "RT Physician Intent Index"},
    {0x30100059, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RTTreatmentIntentType", "RT Treatment Intent Type"},
    {0x3010005A, 0xFFFFFFFF, VR_UT, VR_UT, "1", "RTPhysicianIntentNarrative", "RT Physician Intent Narrative"},
    {0x3010005B, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RTProtocolCodeSequence", "RT Protocol Code Sequence"},
    {0x3010005C, 0xFFFFFFFF, VR_ST, VR_ST, "1", "ReasonForSuperseding", "Reason For Superseding"},
    {0x3010005D, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RTDiagnosisCodeSequence", "RT Diagnosis Code Sequence"},
    {0x3010005E, 0xFFFFFFFF, VR_US, VR_US, "1", "ReferencedRTPhysicianIntentIndex", "Referenced RT Physician Intent Index"},
    {0x3010005F, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RTPhysicianIntentInputInstanceSequence", "RT Physician Intent Input Instance Sequence"},
    {0x30100060, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RTAnatomicPrescriptionSequence", "RT Anatomic Prescription Sequence"},
    {0x30100061, 0xFFFFFFFF, VR_UT, VR_UT, "1", "PriorTreatmentDoseDescription", "Prior Treatment Dose Description"},
    {0x30100062, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PriorTreatmentReferenceSequence", "Prior Treatment Reference Sequence"},
    {0x30100063, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DosimetricObjectiveEvaluationScope", "Dosimetric Objective Evaluation Scope"},
    {0x30100064, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TherapeuticRoleCategoryCodeSequence", "Therapeutic Role Category Code Sequence"},
    {0x30100065, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TherapeuticRoleTypeCodeSequence", "Therapeutic Role Type Code Sequence"},
    {0x30100066, 0xFFFFFFFF, VR_US, VR_US, "1", "ConceptualVolumeOptimizationPrecedence", "Conceptual Volume Optimization Precedence"},
    {0x30100067, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ConceptualVolumeCategoryCodeSequence", "Conceptual Volume Category Code Sequence"},
    {0x30100068, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ConceptualVolumeBlockingConstraint", "Conceptual Volume Blocking Constraint"},
    {0x30100069, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ConceptualVolumeTypeCodeSequence", "Conceptual Volume Type Code Sequence"},
    {0x3010006A, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ConceptualVolumeTypeModifierCodeSequence", "Conceptual Volume Type Modifier Code Sequence"},
    {0x3010006B, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RTPrescriptionSequence", "RT Prescription Sequence"},
    {0x3010006C, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DosimetricObjectiveSequence", "Dosimetric Objective Sequence"},
    {0x3010006D, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DosimetricObjectiveTypeCodeSequence", "Dosimetric Objective Type Code Sequence"},
    {0x3010006E, 0xFFFFFFFF, VR_UI, VR_UI, "1", "DosimetricObjectiveUID", "Dosimetric Objective UID"},
    {0x3010006F, 0xFFFFFFFF, VR_UI, VR_UI, "1", "ReferencedDosimetricObjectiveUID", "Referenced Dosimetric Objective UID"},
    {0x30100070, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DosimetricObjectiveParameterSequence", "Dosimetric Objective Parameter Sequence"},
    {0x30100071, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedDosimetricObjectivesSequence", "Referenced Dosimetric Objectives Sequence"},
    {0x30100073, 0xFFFFFFFF, VR_CS, VR_CS, "1", "AbsoluteDosimetricObjectiveFlag", "Absolute Dosimetric Objective Flag"},
    {0x30100074, 0xFFFFFFFF, VR_FD, VR_FD, "1", "DosimetricObjectiveWeight", "Dosimetric Objective Weight"},
    {0x30100075, 0xFFFFFFFF, VR_CS, VR_CS, "1", "DosimetricObjectivePurpose", "Dosimetric Objective Purpose"},
    {0x30100076, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PlanningInputInformationSequence", "Planning Input Information Sequence"},
    {0x30100077, 0xFFFFFFFF, VR_LO, VR_LO, "1", "TreatmentSite", "Treatment Site"},
    {0x30100078, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TreatmentSiteCodeSequence", "Treatment Site Code Sequence"},
    {0x30100079, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FractionPatternSequence", "Fraction Pattern Sequence"},
    {0x3010007A, 0xFFFFFFFF, VR_UT, VR_UT, "1", "TreatmentTechniqueNotes", "Treatment Technique Notes"},
    {0x3010007B, 0xFFFFFFFF, VR_UT, VR_UT, "1", "PrescriptionNotes", "Prescription Notes"},
    {0x3010007C, 0xFFFFFFFF, VR_IS, VR_IS, "1", "NumberOfIntervalFractions", "Number Of Interval Fractions"},
    {0x3010007D, 0xFFFFFFFF, VR_US, VR_US, "1", "NumberOfFractions", "Number Of Fractions"},
    {0x3010007E, 0xFFFFFFFF, VR_US, VR_US, "1", "IntendedDeliveryDuration", "Intended Delivery Duration"},
    {0x3010007F, 0xFFFFFFFF, VR_UT, VR_UT, "1", "FractionationNotes", "Fractionation Notes"},
    {0x30100080, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RTTreatmentTechniqueCodeSequence", "RT Treatment Technique Code Sequence"},
    {0x30100081, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PrescriptionNotesSequence", "Prescription Notes Sequence"},
    {0x30100082, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "FractionBasedRelationshipSequence", "Fraction Based Relationship Sequence"},
    {0x30100083, 0xFFFFFFFF, VR_CS, VR_CS, "1", "FractionBasedRelationshipIntervalAnchor", "Fraction Based Relationship Interval Anchor"},
    {0x30100084, 0xFFFFFFFF, VR_FD, VR_FD, "1", "MinimumHoursBetweenFractions", "Minimum Hours Between Fractions"},
    {0x30100085, 0xFFFFFFFF, VR_TM, VR_TM, "1-n", "IntendedFractionStartTime", "Intended Fraction Start Time"},
    {0x30100086, 0xFFFFFFFF, VR_LT, VR_LT, "1", "IntendedStartDayOfWeek", "Intended Start Day Of Week"},
    {0x30100087, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "WeekdayFractionPatternSequence", "Weekday Fraction Pattern Sequence"},
    {0x30100088, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DeliveryTimeStructureCodeSequence", "Delivery Time Structure Code Sequence"},
    {0x30100089, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TreatmentSiteModifierCodeSequence", "Treatment Site Modifier Code Sequence"},
    {0x30100090, 0xFFFFFFFF, VR_CS, VR_CS, "1", "RoboticBaseLocationIndicator", "Robotic Base Location Indicator"},
    {0x30100091, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RoboticPathNodeSetCodeSequence", "Robotic Path Node Set Code Sequence"},
    {0x30100092, 0xFFFFFFFF, VR_UL, VR_UL, "1", "RoboticNodeIdentifier", "Robotic Node Identifier"},
    {0x30100093, 0xFFFFFFFF, VR_FD, VR_FD, "3", "RTTreatmentSourceCoordinates", "RT Treatment Source Coordinates"},
    {0x30100094, 0xFFFFFFFF, VR_FD, VR_FD, "1", "RadiationSourceCoordinateSystemYawAngle", "Radiation Source Coordinate System Yaw Angle"},
    {0x30100095, 0xFFFFFFFF, VR_FD, VR_FD, "1", "RadiationSourceCoordinateSystemRollAngle", "Radiation Source Coordinate System Roll Angle"},
    {0x30100096, 0xFFFFFFFF, VR_FD, VR_FD, "1", "RadiationSourceCoordinateSystemPitchAngle", "Radiation Source Coordinate System Pitch Angle"},
    {0x30100097, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "RoboticPathControlPointSequence", "Robotic Path Control Point Sequence"},
    {0x30100098, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "TomotherapeuticControlPointSequence", "Tomotherapeutic Control Point Sequence"},
    {0x30100099, 0xFFFFFFFF, VR_FD, VR_FD, "1-n", "TomotherapeuticLeafOpenDurations", "Tomotherapeutic Leaf Open Durations"},
    {0x3010009A, 0xFFFFFFFF, VR_FD, VR_FD, "1-n", "TomotherapeuticLeafInitialClosedDurations", "Tomotherapeutic Leaf Initial Closed Durations"},
    {0x40000010, 0xFFFFFFFF, VR_LT, VR_LT, "1", "Arbitrary", "Arbitrary (Retired)"},
    {0x40004000, 0xFFFFFFFF, VR_LT, VR_LT, "1", "TextComments", "Text Comments (Retired)"},
    {0x40080040, 0xFFFFFFFF, VR_SH, VR_SH, "1", "ResultsID", "Results ID (Retired)"},
    {0x40080042, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ResultsIDIssuer", "Results ID Issuer (Retired)"},
    {0x40080050, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ReferencedInterpretationSequence", "Referenced Interpretation Sequence (Retired)"},
    {0x400800FF, 0xFFFFFFFF, VR_CS, VR_CS, "1", "ReportProductionStatusTrial", "Report Production Status Trial (Retired)"},
    {0x40080100, 0xFFFFFFFF, VR_DA, VR_DA, "1", "InterpretationRecordedDate", "Interpretation Recorded Date (Retired)"},
    {0x40080101, 0xFFFFFFFF, VR_TM, VR_TM, "1", "InterpretationRecordedTime", "Interpretation Recorded Time (Retired)"},
    {0x40080102, 0xFFFFFFFF, VR_PN, VR_PN, "1", "InterpretationRecorder", "Interpretation Recorder (Retired)"},
    {0x40080103, 0xFFFFFFFF, VR_LO, VR_LO, "1", "ReferenceToRecordedSound", "Reference To Recorded Sound (Retired)"},
    {0x40080108, 0xFFFFFFFF, VR_DA, VR_DA, "1", "InterpretationTranscriptionDate", "Interpretation Transcription Date (Retired)"},
    {0x40080109, 0xFFFFFFFF, VR_TM, VR_TM, "1", "InterpretationTranscriptionTime", "Interpretation Transcription Time (Retired)"},
    {0x4008010A, 0xFFFFFFFF, VR_PN, VR_PN, "1", "InterpretationTranscriber", "Interpretation Transcriber (Retired)"},
    {0x4008010B, 0xFFFFFFFF, VR_ST, VR_ST, "1", "InterpretationText", "Interpretation Text (Retired)"},
    {0x4008010C, 0xFFFFFFFF, VR_PN, VR_PN, "1", "InterpretationAuthor", "Interpretation Author (Retired)"},
    {0x40080111, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "InterpretationApproverSequence", "Interpretation Approver Sequence (Retired)"},
    {0x40080112, 0xFFFFFFFF, VR_DA, VR_DA, "1", "InterpretationApprovalDate", "Interpretation Approval Date (Retired)"},
    {0x40080113, 0xFFFFFFFF, VR_TM, VR_TM, "1", "InterpretationApprovalTime", "Interpretation Approval Time (Retired)"},
    {0x40080114, 0xFFFFFFFF, VR_PN, VR_PN, "1", "PhysicianApprovingInterpretation", "Physician Approving Interpretation (Retired)"},
    {0x40080115, 0xFFFFFFFF, VR_LT, VR_LT, "1", "InterpretationDiagnosisDescription", "Interpretation Diagnosis Description (Retired)"},
    {0x40080117, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "InterpretationDiagnosisCodeSequence", "Interpretation Diagnosis Code Sequence (Retired)"},
    {0x40080118, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "ResultsDistributionListSequence", "Results Distribution List Sequence (Retired)"},
    {0x40080119, 0xFFFFFFFF, VR_PN, VR_PN, "1", "DistributionName", "Distribution Name (Retired)"},
    {0x4008011A, 0xFFFFFFFF, VR_LO, VR_LO, "1", "DistributionAddress", "Distribution Address (Retired)"},
    {0x40080200, 0xFFFFFFFF, VR_SH, VR_SH, "1", "InterpretationID", "Interpretation ID (Retired)"},
    {0x40080202, 0xFFFFFFFF, VR_LO, VR_LO, "1", "InterpretationIDIssuer", "Interpretation ID Issuer (Retired)"},
    {0x40080210, 0xFFFFFFFF, VR_CS, VR_CS, "1", "InterpretationTypeID", "Interpretation Type ID (Retired)"},
    {0x40080212, 0xFFFFFFFF, VR_CS, VR_CS, "1", "InterpretationStatusID", "Interpretation Status ID (Retired)"},
    {0x40080300, 0xFFFFFFFF, VR_ST, VR_ST, "1", "Impressions", "Impressions (Retired)"},
    {0x40084000, 0xFFFFFFFF, VR_ST, VR_ST, "1", "ResultsComments", "Results Comments (Retired)"},
    {0x4FFE0001, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "MACParametersSequence", "MAC Parameters Sequence"},
    {0x52009229, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "SharedFunctionalGroupsSequence", "Shared Functional Groups Sequence"},
    {0x52009230, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "PerFrameFunctionalGroupsSequence", "Per Frame Functional Groups Sequence"},
    {0x54000100, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "WaveformSequence", "Waveform Sequence"},
    {0x54000110, 0xFFFFFFFF, VR_OB, VR_OW, "1", "ChannelMinimumValue", "Channel Minimum Value"},
    {0x54000112, 0xFFFFFFFF, VR_OB, VR_OW, "1", "ChannelMaximumValue", "Channel Maximum Value"},
    {0x54001004, 0xFFFFFFFF, VR_US, VR_US, "1", "WaveformBitsAllocated", "Waveform Bits Allocated"},
    {0x54001006, 0xFFFFFFFF, VR_CS, VR_CS, "1", "WaveformSampleInterpretation", "Waveform Sample Interpretation"},
    {0x5400100A, 0xFFFFFFFF, VR_OB, VR_OW, "1", "WaveformPaddingValue", "Waveform Padding Value"},
    {0x54001010, 0xFFFFFFFF, VR_OB, VR_OW, "1", "WaveformData", "Waveform Data"},
    {0x56000010, 0xFFFFFFFF, VR_OF, VR_OF, "1", "FirstOrderPhaseCorrectionAngle", "First Order Phase Correction Angle"},
    {0x56000020, 0xFFFFFFFF, VR_OF, VR_OF, "1", "SpectroscopyData", "Spectroscopy Data"},
    {0x7FE00001, 0xFFFFFFFF, VR_OV, VR_OV, "1", "ExtendedOffsetTable", "Extended Offset Table"},
    {0x7FE00002, 0xFFFFFFFF, VR_OV, VR_OV, "1", "ExtendedOffsetTableLengths", "Extended Offset Table Lengths"},
    {0x7FE00008, 0xFFFFFFFF, VR_OF, VR_OF, "1", "FloatPixelData", "Float Pixel Data"},
    {0x7FE00009, 0xFFFFFFFF, VR_OD, VR_OD, "1", "DoubleFloatPixelData", "Double Float Pixel Data"},
    {0x7FE00010, 0xFFFFFFFF, VR_OB, VR_OW, "1", "PixelData", "Pixel Data"},
    {0x7FE00020, 0xFFFFFFFF, VR_OW, VR_OW, "1", "CoefficientsSDVN", "Coefficients SDVN (Retired)"},
    {0x7FE00030, 0xFFFFFFFF, VR_OW, VR_OW, "1", "CoefficientsSDHN", "Coefficients SDHN (Retired)"},
    {0x7FE00040, 0xFFFFFFFF, VR_OW, VR_OW, "1", "CoefficientsSDDN", "Coefficients SDDN (Retired)"},
    {0xFFFAFFFA, 0xFFFFFFFF, VR_SQ, VR_SQ, "1", "DigitalSignaturesSequence", "Digital Signatures Sequence"},
    {0xFFFCFFFC, 0xFFFFFFFF, VR_OB, VR_OB, "1", "DataSetTrailingPadding", "Data Set Trailing Padding"},
    {0xFFFEE000, 0xFFFFFFFF, VR_NA, VR_NA, "1", "Item", "Item"},
    {0xFFFEE00D, 0xFFFFFFFF, VR_NA, VR_NA, "1", "ItemDelimitationItem", "Item Delimitation Item"},
    {0xFFFEE0DD, 0xFFFFFFFF, VR_NA, VR_NA, "1", "SequenceDelimitationItem", "Sequence Delimitation Item"},
    {0x50000005, 0xFF00FFFF, VR_US, VR_US, "1", "CurveDimensions", "Curve Dimensions (Retired)"},
    {0x50000010, 0xFF00FFFF, VR_US, VR_US, "1", "NumberOfPoints", "Number Of Points (Retired)"},
    {0x50000020, 0xFF00FFFF, VR_CS, VR_CS, "1", "TypeOfData", "Type Of Data (Retired)"},
    {0x50000022, 0xFF00FFFF, VR_LO, VR_LO, "1", "CurveDescription", "Curve Description (Retired)"},
    {0x50000030, 0xFF00FFFF, VR_SH, VR_SH, "1-n", "AxisUnits", "Axis Units (Retired)"},
    {0x50000040, 0xFF00FFFF, VR_SH, VR_SH, "1-n", "AxisLabels", "Axis Labels (Retired)"},
    {0x50000103, 0xFF00FFFF, VR_US, VR_US, "1", "DataValueRepresentation", "Data Value Representation (Retired)"},
    {0x50000104, 0xFF00FFFF, VR_US, VR_US, "1-n", "MinimumCoordinateValue", "Minimum Coordinate Value (Retired)"},
    {0x50000105, 0xFF00FFFF, VR_US, VR_US, "1-n", "MaximumCoordinateValue", "Maximum Coordinate Value (Retired)"},
    {0x50000106, 0xFF00FFFF, VR_SH, VR_SH, "1-n", "CurveRange", "Curve Range (Retired)"},
    {0x50000110, 0xFF00FFFF, VR_US, VR_US, "1-n", "CurveDataDescriptor", "Curve Data Descriptor (Retired)"},
    {0x50000112, 0xFF00FFFF, VR_US, VR_US, "1-n", "CoordinateStartValue", "Coordinate Start Value (Retired)"},
    {0x50000114, 0xFF00FFFF, VR_US, VR_US, "1-n", "CoordinateStepValue", "Coordinate Step Value (Retired)"},
    {0x50001001, 0xFF00FFFF, VR_CS, VR_CS, "1", "CurveActivationLayer", "Curve Activation Layer (Retired)"},
    {0x50002000, 0xFF00FFFF, VR_US, VR_US, "1", "AudioType", "Audio Type (Retired)"},
    {0x50002002, 0xFF00FFFF, VR_US, VR_US, "1", "AudioSampleFormat", "Audio Sample Format (Retired)"},
    {0x50002004, 0xFF00FFFF, VR_US, VR_US, "1", "NumberOfChannels", "Number Of Channels (Retired)"},
    {0x50002006, 0xFF00FFFF, VR_UL, VR_UL, "1", "NumberOfSamples", "Number Of Samples (Retired)"},
    {0x50002008, 0xFF00FFFF, VR_UL, VR_UL, "1", "SampleRate", "Sample Rate (Retired)"},
    {0x5000200A, 0xFF00FFFF, VR_UL, VR_UL, "1", "TotalTime", "Total Time (Retired)"},
    {0x5000200C, 0xFF00FFFF, VR_OB, VR_OW, "1", "AudioSampleData", "Audio Sample Data (Retired)"},
    {0x5000200E, 0xFF00FFFF, VR_LT, VR_LT, "1", "AudioComments", "Audio Comments (Retired)"},
    {0x50002500, 0xFF00FFFF, VR_LO, VR_LO, "1", "CurveLabel", "Curve Label (Retired)"},
    {0x50002600, 0xFF00FFFF, VR_SQ, VR_SQ, "1", "CurveReferencedOverlaySequence", "Curve Referenced Overlay Sequence (Retired)"},
    {0x50002610, 0xFF00FFFF, VR_US, VR_US, "1", "CurveReferencedOverlayGroup", "Curve Referenced Overlay Group (Retired)"},
    {0x50003000, 0xFF00FFFF, VR_OB, VR_OW, "1", "CurveData", "Curve Data (Retired)"},
    {0x60000010, 0xFF00FFFF, VR_US, VR_US, "1", "OverlayRows", "Overlay Rows"},
    {0x60000011, 0xFF00FFFF, VR_US, VR_US, "1", "OverlayColumns", "Overlay Columns"},
    {0x60000012, 0xFF00FFFF, VR_US, VR_US, "1", "OverlayPlanes", "Overlay Planes (Retired)"},
    {0x60000015, 0xFF00FFFF, VR_IS, VR_IS, "1", "NumberOfFramesInOverlay", "Number Of Frames In Overlay"},
    {0x60000022, 0xFF00FFFF, VR_LO, VR_LO, "1", "OverlayDescription", "Overlay Description"},
    {0x60000040, 0xFF00FFFF, VR_CS, VR_CS, "1", "OverlayType", "Overlay Type"},
    {0x60000045, 0xFF00FFFF, VR_LO, VR_LO, "1", "OverlaySubtype", "Overlay Subtype"},
    {0x60000050, 0xFF00FFFF, VR_SS, VR_SS, "2", "OverlayOrigin", "Overlay Origin"},
    {0x60000051, 0xFF00FFFF, VR_US, VR_US, "1", "ImageFrameOrigin", "Image Frame Origin"},
    {0x60000052, 0xFF00FFFF, VR_US, VR_US, "1", "OverlayPlaneOrigin", "Overlay Plane Origin (Retired)"},
    {0x60000060, 0xFF00FFFF, VR_CS, VR_CS, "1", "OverlayCompressionCode", "Overlay Compression Code (Retired)"},
    {0x60000061, 0xFF00FFFF, VR_SH, VR_SH, "1", "OverlayCompressionOriginator", "Overlay Compression Originator (Retired)"},
    {0x60000062, 0xFF00FFFF, VR_SH, VR_SH, "1", "OverlayCompressionLabel", "Overlay Compression Label (Retired)"},
    {0x60000063, 0xFF00FFFF, VR_CS, VR_CS, "1", "OverlayCompressionDescription", "Overlay Compression Description (Retired)"},
    {0x60000066, 0xFF00FFFF, VR_AT, VR_AT, "1-n", "OverlayCompressionStepPointers", "Overlay Compression Step Pointers (Retired)"},
    {0x60000068, 0xFF00FFFF, VR_US, VR_US, "1", "OverlayRepeatInterval", "Overlay Repeat Interval (Retired)"},
    {0x60000069, 0xFF00FFFF, VR_US, VR_US, "1", "OverlayBitsGrouped", "Overlay Bits Grouped (Retired)"},
    {0x60000100, 0xFF00FFFF, VR_US, VR_US, "1", "OverlayBitsAllocated", "Overlay Bits Allocated"},
    {0x60000102, 0xFF00FFFF, VR_US, VR_US, "1", "OverlayBitPosition", "Overlay Bit Position"},
    {0x60000110, 0xFF00FFFF, VR_CS, VR_CS, "1", "OverlayFormat", "Overlay Format (Retired)"},
    {0x60000200, 0xFF00FFFF, VR_US, VR_US, "1", "OverlayLocation", "Overlay Location (Retired)"},
    {0x60000800, 0xFF00FFFF, VR_CS, VR_CS, "1-n", "OverlayCodeLabel", "Overlay Code Label (Retired)"},
    {0x60000802, 0xFF00FFFF, VR_US, VR_US, "1", "OverlayNumberOfTables", "Overlay Number Of Tables (Retired)"},
    {0x60000803, 0xFF00FFFF, VR_AT, VR_AT, "1-n", "OverlayCodeTableLocation", "Overlay Code Table Location (Retired)"},
    {0x60000804, 0xFF00FFFF, VR_US, VR_US, "1", "OverlayBitsForCodeWord", "Overlay Bits For Code Word (Retired)"},
    {0x60001001, 0xFF00FFFF, VR_CS, VR_CS, "1", "OverlayActivationLayer", "Overlay Activation Layer"},
    {0x60001100, 0xFF00FFFF, VR_US, VR_US, "1", "OverlayDescriptorGray", "Overlay Descriptor Gray (Retired)"},
    {0x60001101, 0xFF00FFFF, VR_US, VR_US, "1", "OverlayDescriptorRed", "Overlay Descriptor Red (Retired)"},
    {0x60001102, 0xFF00FFFF, VR_US, VR_US, "1", "OverlayDescriptorGreen", "Overlay Descriptor Green (Retired)"},
    {0x60001103, 0xFF00FFFF, VR_US, VR_US, "1", "OverlayDescriptorBlue", "Overlay Descriptor Blue (Retired)"},
    {0x60001200, 0xFF00FFFF, VR_US, VR_US, "1-n", "OverlaysGray", "Overlays Gray (Retired)"},
    {0x60001201, 0xFF00FFFF, VR_US, VR_US, "1-n", "OverlaysRed", "Overlays Red (Retired)"},
    {0x60001202, 0xFF00FFFF, VR_US, VR_US, "1-n", "OverlaysGreen", "Overlays Green (Retired)"},
    {0x60001203, 0xFF00FFFF, VR_US, VR_US, "1-n", "OverlaysBlue", "Overlays Blue (Retired)"},
    {0x60001301, 0xFF00FFFF, VR_IS, VR_IS, "1", "ROIArea", "ROI Area"},
    {0x60001302, 0xFF00FFFF, VR_DS, VR_DS, "1", "ROIMean", "ROI Mean"},
    {0x60001303, 0xFF00FFFF, VR_DS, VR_DS, "1", "ROIStandardDeviation", "ROI Standard Deviation"},
    {0x60001500, 0xFF00FFFF, VR_LO, VR_LO, "1", "OverlayLabel", "Overlay Label"},
    {0x60003000, 0xFF00FFFF, VR_OB, VR_OW, "1", "OverlayData", "Overlay Data"},
    {0x60004000, 0xFF00FFFF, VR_LT, VR_LT, "1", "OverlayComments", "Overlay Comments (Retired)"},
    {0x7F000010, 0xFF00FFFF, VR_OB, VR_OW, "1", "VariablePixelData", "Variable Pixel Data (Retired)"},
    {0x7F000011, 0xFF00FFFF, VR_US, VR_US, "1", "VariableNextDataGroup", "Variable Next Data Group (Retired)"},
    {0x7F000020, 0xFF00FFFF, VR_OW, VR_OW, "1", "VariableCoefficientsSDVN", "Variable Coefficients SDVN (Retired)"},
    {0x7F000030, 0xFF00FFFF, VR_OW, VR_OW, "1", "VariableCoefficientsSDHN", "Variable Coefficients SDHN (Retired)"},
    {0x7F000040, 0xFF00FFFF, VR_OW, VR_OW, "1", "VariableCoefficientsSDDN", "Variable Coefficients SDDN (Retired)"},
    {0x00203100, 0xFFFFFF00, VR_CS, VR_CS, "1-n", "SourceImageIDs", "Source Image I Ds (Retired)"},
};
const size_t dict_exact_count = 4640;
const size_t dict_group_repeating_count = 71;
const size_t dict_element_repeating_count = 1;

const uint16_t dict_keyword_index[] = {
    2659, /* ALinePixelSpacing */
    2656, /* ALineRate */
    2657, /* ALinesPerFrame */
    1078, /* ASLBolusCutoffDelayTime */
    1075, /* ASLBolusCutoffFlag */
    1077, /* ASLBolusCutoffTechnique */
    1076, /* ASLBolusCutoffTimingSequence */
    1070, /* ASLContext */
    1074, /* ASLCrusherDescription */
    1072, /* ASLCrusherFlag */
    1073, /* ASLCrusherFlowLimit */
    1069, /* ASLMidSlabPosition */
    1071, /* ASLPulseTrainDuration */
    1066, /* ASLSlabNumber */
    1068, /* ASLSlabOrientation */
    1079, /* ASLSlabSequence */
    1067, /* ASLSlabThickness */
    1065, /* ASLTechniqueDescription */
    2139, /* AbsoluteChannelDisplayScale */
    4551, /* AbsoluteDosimetricObjectiveFlag */
    4426, /* AbsorbedDoseToMetersetRatio */
    3158, /* AbstractPriorCodeSequence */
    3157, /* AbstractPriorValue */
    455, /* Acceleration */
    119, /* AccessionNumber */
    3910, /* AccessoryCode */
    1216, /* AcquiredImageAreaDoseProduct */
    691, /* AcquiredSubtractionMaskFlag */
    809, /* AcquisitionComments */
    2231, /* AcquisitionContextDescription */
    2230, /* AcquisitionContextSequence */
    298, /* AcquisitionContrast */
    105, /* AcquisitionDate */
    109, /* AcquisitionDateTime */
    733, /* AcquisitionDeviceProcessingCode */
    732, /* AcquisitionDeviceProcessingDescription */
    1531, /* AcquisitionDeviceTypeCodeSequence */
    979, /* AcquisitionDuration */
    1367, /* AcquisitionEndLocationSequence */
    700, /* AcquisitionFieldOfViewLabel */
    1509, /* AcquisitionIndex */
    725, /* AcquisitionMatrix */
    1639, /* AcquisitionMethodAlgorithmSequence */
    1638, /* AcquisitionMethodCodeSequence */
    689, /* AcquisitionMode */
    1365, /* AcquisitionMotion */
    1394, /* AcquisitionNumber */
    1179, /* AcquisitionProtocolDescription */
    1360, /* AcquisitionProtocolElementSequence */
    1359, /* AcquisitionProtocolElementSpecificationSequence */
    1178, /* AcquisitionProtocolName */
    552, /* AcquisitionStartCondition */
    553, /* AcquisitionStartConditionData */
    1366, /* AcquisitionStartLocationSequence */
    550, /* AcquisitionTerminationCondition */
    554, /* AcquisitionTerminationConditionData */
    112, /* AcquisitionTime */
    784, /* AcquisitionTimeSynchronized */
    1085, /* AcquisitionType */
    98, /* AcquisitionUID */
    1424, /* AcquisitionsInSeries */
    1427, /* AcquisitionsInStudy */
    1555, /* AcrossScanSpatialResolution */
    24, /* ActionTypeID */
    877, /* ActiveImageAreaOverlayGroup */
    4001, /* ActiveSourceDiameter */
    4002, /* ActiveSourceLength */
    1485, /* ActualCardiacTriggerDelayTime */
    1459, /* ActualCardiacTriggerTimePriorToRPeak */
    713, /* ActualFrameDuration */
    2311, /* ActualHumanPerformersSequence */
    1490, /* ActualRespiratoryTriggerDelayTime */
    1865, /* AdaptiveMapFormat */
    39, /* AddGrayScale */
    2544, /* AddIntermediateSequence */
    2543, /* AddNearSequence */
    2545, /* AddOtherSequence */
    2546, /* AddPower */
    533, /* AdditionalDrugSequence */
    4356, /* AdditionalParameterRecordingInstanceSequence */
    363, /* AdditionalPatientHistory */
    3671, /* AdditionalRTROIIdentificationCodeSequence */
    2420, /* AddressTrial */
    2717, /* AdministrationRouteCodeSequence */
    2077, /* AdmissionID */
    2086, /* AdmittingDate */
    208, /* AdmittingDiagnosesCodeSequence */
    207, /* AdmittingDiagnosesDescription */
    2087, /* AdmittingTime */
    3126, /* AdvancedBlendingSequence */
    2, /* AffectedSOPClassUID */
    20, /* AffectedSOPInstanceUID */
    4032, /* AfterloaderChannelID */
    1725, /* AgeCorrectedSensitivityDeviationAlgorithmSequence */
    1757, /* AgeCorrectedSensitivityDeviationProbabilityValue */
    1750, /* AgeCorrectedSensitivityDeviationValue */
    2409, /* AlgorithmCodeSequenceTrial */
    1237, /* AlgorithmDescription */
    2410, /* AlgorithmDescriptionTrial */
    2830, /* AlgorithmFamilyCodeSequence */
    2836, /* AlgorithmName */
    2831, /* AlgorithmNameCodeSequence */
    2833, /* AlgorithmParameters */
    1776, /* AlgorithmSource */
    1236, /* AlgorithmType */
    2832, /* AlgorithmVersion */
    1322, /* AliasedDataType */
    355, /* Allergies */
    3573, /* AllowLossyCompression */
    3565, /* AllowMediaSplitting */
    1550, /* AlongScanSpatialResolution */
    1928, /* AlphaLUTTransferFunction */
    1898, /* AlphaPaletteColorLookupTableData */
    1889, /* AlphaPaletteColorLookupTableDescriptor */
    3843, /* AlternateBeamDose */
    3844, /* AlternateBeamDoseType */
    2221, /* AlternateContainerIdentifierSequence */
    2987, /* AlternateContentDescriptionSequence */
    282, /* AlternateRepresentationSequence */
    4341, /* AlternateValueSequence */
    1994, /* AmbientLightValueSource */
    3100, /* AmbientReflectionIntensity */
    2583, /* AnalyzedArea */
    275, /* AnatomicApproachDirectionCodeSequenceTrial */
    279, /* AnatomicLocationOfExaminingInstrumentCodeSequenceTrial */
    278, /* AnatomicLocationOfExaminingInstrumentDescriptionTrial */
    277, /* AnatomicPerspectiveCodeSequenceTrial */
    276, /* AnatomicPerspectiveDescriptionTrial */
    274, /* AnatomicPortalOfEntranceCodeSequenceTrial */
    265, /* AnatomicRegionModifierSequence */
    264, /* AnatomicRegionSequence */
    130, /* AnatomicRegionsInStudyCodeSequence */
    263, /* AnatomicStructure */
    1648, /* AnatomicStructureReferencePoint */
    273, /* AnatomicStructureSpaceOrRegionCodeSequenceTrial */
    280, /* AnatomicStructureSpaceOrRegionModifierCodeSequenceTrial */
    267, /* AnatomicStructureSpaceOrRegionSequence */
    370, /* AnatomicalOrientationType */
    2961, /* AnchorPoint */
    2953, /* AnchorPointAnnotationUnits */
    2962, /* AnchorPointVisibility */
    528, /* AngioFlag */
    1400, /* AngleNumber */
    654, /* AngularPosition */
    657, /* AngularStep */
    2707, /* AngularViewVector */
    3120, /* AnimationCurveSequence */
    3121, /* AnimationStepSize */
    2945, /* AnnotationAppliesToAllOpticalPaths */
    2947, /* AnnotationAppliesToAllZPlanes */
    3117, /* AnnotationClipping */
    3554, /* AnnotationContentSequence */
    2934, /* AnnotationCoordinateType */
    3480, /* AnnotationDisplayFormatID */
    3468, /* AnnotationFlag */
    2940, /* AnnotationGroupAlgorithmIdentificationSequence */
    2938, /* AnnotationGroupDescription */
    2939, /* AnnotationGroupGenerationType */
    2937, /* AnnotationGroupLabel */
    2402, /* AnnotationGroupNumber */
    2935, /* AnnotationGroupSequence */
    2936, /* AnnotationGroupUID */
    2949, /* AnnotationIndexList */
    3516, /* AnnotationPosition */
    2941, /* AnnotationPropertyCategoryCodeSequence */
    2942, /* AnnotationPropertyTypeCodeSequence */
    2943, /* AnnotationPropertyTypeModifierCodeSequence */
    683, /* AnodeTargetMaterial */
    1611, /* AnteriorChamberDepth */
    1604, /* AnteriorChamberDepthDefinitionCodeSequence */
    1606, /* AnteriorChamberDepthSequence */
    441, /* ApertureValue */
    1494, /* ApexPosition */
    1951, /* ApplicableFrameRange */
    1030, /* ApplicableSafetyStandardAgency */
    1031, /* ApplicableSafetyStandardDescription */
    1235, /* ApplicationManufacturer */
    3205, /* ApplicationMaximumRepaintTime */
    1233, /* ApplicationName */
    3745, /* ApplicationSetupCheck */
    4018, /* ApplicationSetupManufacturer */
    4017, /* ApplicationSetupName */
    4016, /* ApplicationSetupNumber */
    4014, /* ApplicationSetupSequence */
    4015, /* ApplicationSetupType */
    1234, /* ApplicationVersion */
    4154, /* ApplicatorApertureShape */
    3922, /* ApplicatorDescription */
    4153, /* ApplicatorGeometrySequence */
    3920, /* ApplicatorID */
    4155, /* ApplicatorOpening */
    4156, /* ApplicatorOpeningX */
    4157, /* ApplicatorOpeningY */
    3919, /* ApplicatorSequence */
    4050, /* ApplicatorShapeReferencedROINumber */
    3921, /* ApplicatorType */
    705, /* AppliedMaskSubtractionFlag */
    2498, /* ApprovalSequence */
    4434, /* ApprovalStatus */
    2487, /* ApprovalStatusDateTime */
    2486, /* ApprovalStatusFurtherDescription */
    2507, /* ApprovalSubjectSequence */
    4585, /* Arbitrary */
    2436, /* ArchiveRequested */
    1063, /* ArterialSpinLabelingContrast */
    1683, /* AscanRate */
    2501, /* AsserterIdentificationSequence */
    2499, /* AssertionCodeSequence */
    2504, /* AssertionComments */
    2502, /* AssertionDateTime */
    2503, /* AssertionExpirationDateTime */
    2500, /* AssertionUID */
    3398, /* AssessedAttributeValueSequence */
    3391, /* AssessedSOPInstanceSequence */
    3405, /* AssessmentLabel */
    3394, /* AssessmentObservationsSequence */
    3400, /* AssessmentRequesterSequence */
    3399, /* AssessmentSetID */
    3389, /* AssessmentSummary */
    3390, /* AssessmentSummaryDescription */
    3403, /* AssessmentTypeCodeSequence */
    2173, /* AssigningAgencyOrDepartmentCodeSequence */
    2171, /* AssigningFacilitySequence */
    2172, /* AssigningJurisdictionCodeSequence */
    3653, /* AttachedContours */
    1300, /* AttenuationCorrected */
    2733, /* AttenuationCorrectionMethod */
    1292, /* AttenuationCorrectionSource */
    1311, /* AttenuationCorrectionTemporalRelationship */
    23, /* AttributeIdentifierList */
    3299, /* AttributeItemSelector */
    3446, /* AttributeModificationDateTime */
    3298, /* AttributeOccurrencePointer */
    3300, /* AttributeOccurrencePrivateCreator */
    3297, /* AttributeOccurrenceSequence */
    4222, /* AttributeToleranceValuesSequence */
    4661, /* AudioComments */
    4660, /* AudioSampleData */
    4655, /* AudioSampleFormat */
    4654, /* AudioType */
    4462, /* AuthorIdentificationSequence */
    2366, /* AuthorObserverSequence */
    3423, /* AuthorizationEquipmentCertificationNumber */
    1385, /* AutoKVPLowerBound */
    1383, /* AutoKVPSelectionType */
    1384, /* AutoKVPUpperBound */
    2526, /* AutorefractionLeftEyeSequence */
    2525, /* AutorefractionRightEyeSequence */
    3275, /* AutosequenceFlag */
    283, /* AvailableTransferSyntaxUID */
    3839, /* AverageBeamDosePointDepth */
    3840, /* AverageBeamDosePointEquivalentDepth */
    3841, /* AverageBeamDosePointSSD */
    3949, /* AverageBeamDosePointSourceToExternalContourDistance */
    2581, /* AverageCornealPower */
    666, /* AveragePulseWidth */
    2738, /* AxialAcceptance */
    1284, /* AxialDetectorDimension */
    1545, /* AxialLengthOfTheEye */
    2739, /* AxialMash */
    2593, /* AxialPower */
    2654, /* AxialResolution */
    4645, /* AxisLabels */
    2811, /* AxisOfRotation */
    4644, /* AxisUnits */
    731, /* B1rms */
    2538, /* BackgroundColor */
    1693, /* BackgroundIlluminationColorCodeSequence */
    1691, /* BackgroundLuminance */
    3564, /* BarcodeSymbology */
    3563, /* BarcodeValue */
    976, /* BaselineCorrection */
    3513, /* BasicColorImageSequence */
    3512, /* BasicGrayscaleImageSequence */
    4499, /* BasisRTTreatmentPhaseIndex */
    410, /* BatteryLevel */
    1198, /* BeamAngle */
    4315, /* BeamAreaLimitSequence */
    4103, /* BeamCurrentModulationID */
    3864, /* BeamDeliveryDurationLimit */
    3862, /* BeamDescription */
    3832, /* BeamDose */
    3837, /* BeamDoseMeaning */
    3834, /* BeamDosePointDepth */
    3835, /* BeamDosePointEquivalentDepth */
    3836, /* BeamDosePointSSD */
    3846, /* BeamDosePointSourceToExternalContourDistance */
    3830, /* BeamDoseSpecificationPoint */
    3842, /* BeamDoseType */
    3838, /* BeamDoseVerificationControlPointSequence */
    4433, /* BeamHoldOriginatingDeviceSequence */
    4431, /* BeamHoldTransition */
    4432, /* BeamHoldTransitionDateTime */
    3936, /* BeamLimitingDeviceAngle */
    3810, /* BeamLimitingDeviceAngleTolerance */
    3732, /* BeamLimitingDeviceLeafPairsSequence */
    3932, /* BeamLimitingDevicePositionSequence */
    3812, /* BeamLimitingDevicePositionTolerance */
    3937, /* BeamLimitingDeviceRotationDirection */
    3854, /* BeamLimitingDeviceSequence */
    3811, /* BeamLimitingDeviceToleranceSequence */
    3833, /* BeamMeterset */
    4247, /* BeamModifierOrientationAngle */
    3861, /* BeamName */
    3860, /* BeamNumber */
    3318, /* BeamOrderIndex */
    3274, /* BeamOrderIndexTrial */
    3850, /* BeamSequence */
    2650, /* BeamSpotSize */
    3772, /* BeamStopperPosition */
    3272, /* BeamTaskSequence */
    3273, /* BeamTaskType */
    3863, /* BeamType */
    629, /* BeatRejectionFlag */
    1942, /* BiPlaneAcquisitionSequence */
    2396, /* BibliographicCitationTrial */
    2196, /* BillingItemSequence */
    2209, /* BillingProcedureStepSequence */
    2211, /* BillingSuppliesAndDevicesSequence */
    797, /* BiopsyTargetSequence */
    1825, /* BitsAllocated */
    1870, /* BitsForCodeWord */
    1814, /* BitsGrouped */
    1917, /* BitsMappedToColorLookupTable */
    1826, /* BitsStored */
    3128, /* BlendingDisplayInputSequence */
    3129, /* BlendingDisplaySequence */
    3127, /* BlendingInputNumber */
    1918, /* BlendingLUT1Sequence */
    1919, /* BlendingLUT1TransferFunction */
    1924, /* BlendingLUT2Sequence */
    1925, /* BlendingLUT2TransferFunction */
    1922, /* BlendingLookupTableData */
    1921, /* BlendingLookupTableDescriptor */
    3130, /* BlendingMode */
    3241, /* BlendingOperationType */
    3058, /* BlendingPosition */
    3055, /* BlendingSequence */
    1920, /* BlendingWeightConstant */
    1762, /* BlindSpotLocalized */
    1763, /* BlindSpotXCoordinate */
    1764, /* BlindSpotYCoordinate */
    1822, /* BlockColumns */
    3918, /* BlockData */
    4284, /* BlockDefinitionSequence */
    3911, /* BlockDivergence */
    4285, /* BlockEdgeData */
    4289, /* BlockEdgeDataSequence */
    177, /* BlockIdentifyingInformationStatus */
    3912, /* BlockMountingPosition */
    3914, /* BlockName */
    3913, /* BlockNumber */
    3917, /* BlockNumberOfPoints */
    4286, /* BlockOrientation */
    1821, /* BlockRows */
    3905, /* BlockSequence */
    4162, /* BlockSlabNumber */
    4160, /* BlockSlabSequence */
    4161, /* BlockSlabThickness */
    3915, /* BlockThickness */
    3916, /* BlockTransmission */
    3906, /* BlockTrayID */
    3909, /* BlockType */
    1820, /* BlockedPixels */
    939, /* BloodSignalNulling */
    1897, /* BluePaletteColorLookupTableData */
    1888, /* BluePaletteColorLookupTableDescriptor */
    522, /* BodyPartExamined */
    684, /* BodyPartThickness */
    3012, /* Bold */
    4293, /* BolusDefinitionSequence */
    3884, /* BolusDescription */
    3883, /* BolusID */
    817, /* BoneThermalIndex */
    3491, /* BorderDensity */
    40, /* Borders */
    2623, /* BottomRightHandCornerOfLocalizerArea */
    2952, /* BoundingBoxAnnotationUnits */
    2959, /* BoundingBoxBottomRightHandCorner */
    3078, /* BoundingBoxCrop */
    2960, /* BoundingBoxTextHorizontalJustification */
    2958, /* BoundingBoxTopLeftHandCorner */
    2886, /* BoundingRectangle */
    4025, /* BrachyAccessoryDeviceID */
    4027, /* BrachyAccessoryDeviceName */
    4028, /* BrachyAccessoryDeviceNominalThickness */
    4029, /* BrachyAccessoryDeviceNominalTransmission */
    4024, /* BrachyAccessoryDeviceNumber */
    4023, /* BrachyAccessoryDeviceSequence */
    4026, /* BrachyAccessoryDeviceType */
    3849, /* BrachyApplicationSetupDose */
    3848, /* BrachyApplicationSetupDoseSpecificationPoint */
    3759, /* BrachyControlPointDeliveredSequence */
    4060, /* BrachyControlPointSequence */
    3766, /* BrachyPulseControlPointDeliveredSequence */
    4400, /* BrachyReferencedDoseReferenceSequence */
    3321, /* BrachyTaskSequence */
    3994, /* BrachyTreatmentTechnique */
    3995, /* BrachyTreatmentType */
    4509, /* BrachytherapySourceType */
    351, /* BranchOfService */
    1910, /* BreastImplantPresent */
    1245, /* BreastSupportIsocenterPrimaryAngle */
    1246, /* BreastSupportIsocenterSecondaryAngle */
    1247, /* BreastSupportXPositionToIsocenter */
    1248, /* BreastSupportYPositionToIsocenter */
    1249, /* BreastSupportZPositionToIsocenter */
    374, /* BreedRegistrationNumber */
    373, /* BreedRegistrationSequence */
    375, /* BreedRegistryCodeSequence */
    442, /* BrightnessValue */
    1681, /* BscanCycleTime */
    1682, /* BscanCycleTimeVector */
    1684, /* BscanRate */
    1679, /* BscanSlabThickness */
    1028, /* BulkMotionCompensationTechnique */
    1029, /* BulkMotionSignalSource */
    1023, /* BulkMotionStatus */
    1845, /* BurnedInAnnotation */
    405, /* CADFileFormat */
    4226, /* CArmPhotonElectronControlPointSequence */
    1217, /* CArmPositionerTabletopRelationship */
    1981, /* CIExyWhitePoint */
    2998, /* CSSFontName */
    1087, /* CTAcquisitionDetailsSequence */
    1084, /* CTAcquisitionTypeSequence */
    1130, /* CTAdditionalXRaySourceSequence */
    1126, /* CTDIPhantomTypeCodeSequence */
    1125, /* CTDIvol */
    1381, /* CTDIvolNotificationTrigger */
    1104, /* CTExposureSequence */
    1095, /* CTGeometrySequence */
    1112, /* CTImageFrameTypeSequence */
    1109, /* CTPositionSequence */
    1097, /* CTReconstructionSequence */
    1091, /* CTTableDynamicsSequence */
    1108, /* CTXRayDetailsSequence */
    1128, /* CalciumScoringMassFactorDevice */
    1127, /* CalciumScoringMassFactorPatient */
    1200, /* CalculatedAnatomyThickness */
    3724, /* CalculatedDoseReferenceDescription */
    3725, /* CalculatedDoseReferenceDoseValue */
    3723, /* CalculatedDoseReferenceNumber */
    3722, /* CalculatedDoseReferenceSequence */
    230, /* CalculatedFrameList */
    800, /* CalculatedTargetPosition */
    1609, /* CalculationComment */
    1607, /* CalculationCommentSequence */
    1608, /* CalculationCommentType */
    2719, /* CalibrationDataSequence */
    710, /* CalibrationDateTime */
    2631, /* CalibrationImage */
    4429, /* CalibrationReferencePointDepth */
    1201, /* CalibrationSequence */
    1540, /* CameraAngleOfView */
    456, /* CameraElevationAngle */
    475, /* CameraOwnerName */
    2072, /* CameraPositionGroupSequence */
    1025, /* CardiacBeatRejectionTechnique */
    1059, /* CardiacCyclePosition */
    610, /* CardiacFramingType */
    637, /* CardiacNumberOfImages */
    978, /* CardiacRRIntervalSpecified */
    991, /* CardiacSignalSource */
    1013, /* CardiacSynchronizationSequence */
    952, /* CardiacSynchronizationTechnique */
    576, /* CassetteID */
    734, /* CassetteOrientation */
    735, /* CassetteSize */
    1715, /* CatchTrialsDataFlag */
    2667, /* CatheterDirectionOfRotation */
    2658, /* CatheterRotationalRate */
    2454, /* CellValuesSequence */
    781, /* CenterOfCircularCollimator */
    1194, /* CenterOfCircularExposureControlSensingRegion */
    772, /* CenterOfCircularOutline */
    761, /* CenterOfCircularShutter */
    2812, /* CenterOfRotation */
    658, /* CenterOfRotationOffset */
    3431, /* CertificateOfSigner */
    3430, /* CertificateType */
    3434, /* CertifiedTimestamp */
    3433, /* CertifiedTimestampType */
    3962, /* ChairHeadFramePosition */
    3964, /* ChairHeadFramePositionTolerance */
    2121, /* ChannelBaseline */
    2110, /* ChannelDefinitionSequence */
    3333, /* ChannelDeliveryContinuationSequence */
    3332, /* ChannelDeliveryOrderIndex */
    3325, /* ChannelDeliveryOrderSequence */
    2117, /* ChannelDerivationDescription */
    1536, /* ChannelDescriptionCodeSequence */
    2134, /* ChannelDisplaySequence */
    4030, /* ChannelEffectiveLength */
    2141, /* ChannelIdentificationCode */
    2145, /* ChannelImpedanceSequence */
    4031, /* ChannelInnerLength */
    2112, /* ChannelLabel */
    4036, /* ChannelLength */
    4620, /* ChannelMaximumValue */
    4619, /* ChannelMinimumValue */
    2142, /* ChannelMode */
    4035, /* ChannelNumber */
    2124, /* ChannelOffset */
    2136, /* ChannelPosition */
    2135, /* ChannelRecommendedDisplayCIELabValue */
    2123, /* ChannelSampleSkew */
    2118, /* ChannelSensitivity */
    2120, /* ChannelSensitivityCorrectionFactor */
    2119, /* ChannelSensitivityUnitsSequence */
    4034, /* ChannelSequence */
    4055, /* ChannelShieldID */
    4056, /* ChannelShieldName */
    4057, /* ChannelShieldNominalThickness */
    4058, /* ChannelShieldNominalTransmission */
    4054, /* ChannelShieldNumber */
    4053, /* ChannelShieldSequence */
    2115, /* ChannelSourceModifiersSequence */
    2114, /* ChannelSourceSequence */
    2113, /* ChannelStatus */
    2122, /* ChannelTimeSkew */
    4037, /* ChannelTotalTime */
    2521, /* ChannelWidth */
    1044, /* ChemicalShiftMaximumIntegrationLimitInHz */
    1081, /* ChemicalShiftMaximumIntegrationLimitInppm */
    1043, /* ChemicalShiftMinimumIntegrationLimitInHz */
    1080, /* ChemicalShiftMinimumIntegrationLimitInppm */
    965, /* ChemicalShiftReference */
    990, /* ChemicalShiftSequence */
    545, /* CineRate */
    3228, /* CineRelativeToRealTime */
    4322, /* ClinicalFractionNumber */
    392, /* ClinicalTrialCoordinatingCenterName */
    399, /* ClinicalTrialProtocolEthicsCommitteeApprovalNumber */
    398, /* ClinicalTrialProtocolEthicsCommitteeName */
    382, /* ClinicalTrialProtocolID */
    383, /* ClinicalTrialProtocolName */
    397, /* ClinicalTrialSeriesDescription */
    396, /* ClinicalTrialSeriesID */
    384, /* ClinicalTrialSiteID */
    385, /* ClinicalTrialSiteName */
    381, /* ClinicalTrialSponsorName */
    386, /* ClinicalTrialSubjectID */
    387, /* ClinicalTrialSubjectReadingID */
    389, /* ClinicalTrialTimePointDescription */
    388, /* ClinicalTrialTimePointID */
    2892, /* CoatingMaterialsCodeSequence */
    1867, /* CodeLabel */
    146, /* CodeMeaning */
    1866, /* CodeNumberFormat */
    1869, /* CodeTableLocation */
    143, /* CodeValue */
    144, /* CodingSchemeDesignator */
    159, /* CodingSchemeExternalID */
    157, /* CodingSchemeIdentificationSequence */
    160, /* CodingSchemeName */
    158, /* CodingSchemeRegistry */
    150, /* CodingSchemeResourcesSequence */
    161, /* CodingSchemeResponsibleOrganization */
    153, /* CodingSchemeUID */
    155, /* CodingSchemeURL */
    151, /* CodingSchemeURLType */
    145, /* CodingSchemeVersion */
    1856, /* CoefficientCoding */
    1857, /* CoefficientCodingPointers */
    4634, /* CoefficientsSDDN */
    4633, /* CoefficientsSDHN */
    4632, /* CoefficientsSDVN */
    2742, /* CoincidenceWindowWidth */
    3467, /* CollationFlag */
    677, /* CollimatorGridName */
    777, /* CollimatorLeftVerticalEdge */
    780, /* CollimatorLowerHorizontalEdge */
    778, /* CollimatorRightVerticalEdge */
    776, /* CollimatorShape */
    1173, /* CollimatorShapeSequence */
    678, /* CollimatorType */
    779, /* CollimatorUpperHorizontalEdge */
    422, /* ColorFilterArrayPatternColumns */
    421, /* ColorFilterArrayPatternRows */
    423, /* ColorFilterArrayPatternValues */
    3466, /* ColorImagePrintingFlag */
    1930, /* ColorSpace */
    741, /* ColumnAngulation */
    1197, /* ColumnAngulationPatient */
    1824, /* ColumnOverlap */
    2626, /* ColumnPositionInTotalImagePixelMatrix */
    1796, /* Columns */
    1855, /* ColumnsForNthOrderCoefficients */
    4473, /* CombinationSegmentReferenceSequence */
    13, /* CommandDataSetType */
    5, /* CommandField */
    0, /* CommandGroupLength */
    1, /* CommandLengthToEnd */
    42, /* CommandMagnificationType */
    4, /* CommandRecognitionCode */
    1706, /* CommentsOnPatientPerformanceOfVisualField */
    2204, /* CommentsOnRadiationDose */
    2191, /* CommentsOnThePerformedProcedureStep */
    2214, /* CommentsOnTheScheduledProcedureStep */
    2948, /* CommonZCoordinateValue */
    4280, /* CompensatorBasePlaneOffset */
    4069, /* CompensatorColumnOffset */
    3894, /* CompensatorColumns */
    4276, /* CompensatorDefinitionSequence */
    4074, /* CompensatorDescription */
    4279, /* CompensatorDistalThicknessMap */
    4064, /* CompensatorDivergence */
    3891, /* CompensatorID */
    4277, /* CompensatorMapOrientation */
    4072, /* CompensatorMillingToolDiameter */
    4065, /* CompensatorMountingPosition */
    3890, /* CompensatorNumber */
    3895, /* CompensatorPixelSpacing */
    3896, /* CompensatorPosition */
    4278, /* CompensatorProximalThicknessMap */
    4071, /* CompensatorRelativeStoppingPowerRatio */
    3893, /* CompensatorRows */
    3889, /* CompensatorSequence */
    4281, /* CompensatorShapeFabricationCodeSequence */
    4282, /* CompensatorShapeSequence */
    3898, /* CompensatorThicknessData */
    3897, /* CompensatorTransmissionData */
    3901, /* CompensatorTrayID */
    3900, /* CompensatorType */
    2433, /* CompletionFlag */
    2434, /* CompletionFlagDescription */
    297, /* ComplexImageComponent */
    3352, /* Component1ReferencedID */
    3354, /* Component1ReferencedMatingFeatureID */
    3353, /* Component1ReferencedMatingFeatureSetID */
    3355, /* Component2ReferencedID */
    3357, /* Component2ReferencedMatingFeatureID */
    3356, /* Component2ReferencedMatingFeatureSetID */
    3351, /* ComponentAssemblySequence */
    3350, /* ComponentID */
    3107, /* ComponentInputSequence */
    406, /* ComponentReferenceSystem */
    3349, /* ComponentSequence */
    3106, /* ComponentType */
    3346, /* ComponentTypeCodeSequence */
    3345, /* ComponentTypesSequence */
    3068, /* CompositingMethod */
    2995, /* CompoundGraphicInstanceID */
    2994, /* CompoundGraphicSequence */
    3034, /* CompoundGraphicType */
    3028, /* CompoundGraphicUnits */
    1807, /* CompressionCode */
    688, /* CompressionContactArea */
    1810, /* CompressionDescription */
    685, /* CompressionForce */
    1809, /* CompressionLabel */
    1808, /* CompressionOriginator */
    686, /* CompressionPressure */
    1806, /* CompressionRecognitionCode */
    1811, /* CompressionSequence */
    1812, /* CompressionStepPointers */
    1475, /* ConcatenationFrameOffsetNumber */
    1463, /* ConcatenationUID */
    2395, /* ConceptCodeSequence */
    2353, /* ConceptNameCodeSequence */
    4541, /* ConceptualVolumeBlockingConstraint */
    4540, /* ConceptualVolumeCategoryCodeSequence */
    4452, /* ConceptualVolumeCombinationDescription */
    4449, /* ConceptualVolumeCombinationExpression */
    4451, /* ConceptualVolumeCombinationFlag */
    4450, /* ConceptualVolumeConstituentIndex */
    4455, /* ConceptualVolumeConstituentSegmentationReferenceSequence */
    4445, /* ConceptualVolumeConstituentSequence */
    4459, /* ConceptualVolumeDerivationAlgorithmSequence */
    4460, /* ConceptualVolumeDescription */
    4539, /* ConceptualVolumeOptimizationPrecedence */
    4453, /* ConceptualVolumeSegmentationDefinedFlag */
    4454, /* ConceptualVolumeSegmentationReferenceSequence */
    4474, /* ConceptualVolumeSequence */
    4542, /* ConceptualVolumeTypeCodeSequence */
    4543, /* ConceptualVolumeTypeModifierCodeSequence */
    4443, /* ConceptualVolumeUID */
    2617, /* CondenserLensPower */
    2257, /* ConfidentialityCode */
    2281, /* ConfidentialityConstraintOnPatientDataDescription */
    1970, /* ConfigurationDescription */
    1968, /* ConfigurationID */
    3496, /* ConfigurationInformation */
    3497, /* ConfigurationInformationDescription */
    1969, /* ConfigurationName */
    1974, /* ConfigurationQAResultsSequence */
    4342, /* ConfirmationSequence */
    400, /* ConsentForClinicalTrialUseSequence */
    402, /* ConsentForDistributionFlag */
    1115, /* ConstantVolumeFlag */
    4456, /* ConstituentConceptualVolumeUID */
    3406, /* ConstraintType */
    3408, /* ConstraintValueSequence */
    3411, /* ConstraintViolationCondition */
    3410, /* ConstraintViolationSignificance */
    3795, /* ConstraintWeight */
    142, /* ConsultingPhysicianIdentificationSequence */
    141, /* ConsultingPhysicianName */
    3270, /* ContactDisplayName */
    515, /* ContactMethod */
    3269, /* ContactURI */
    2645, /* ContainerComponentDescription */
    2644, /* ContainerComponentDiameter */
    2642, /* ContainerComponentID */
    2643, /* ContainerComponentLength */
    2641, /* ContainerComponentMaterial */
    2224, /* ContainerComponentSequence */
    2634, /* ContainerComponentThickness */
    2633, /* ContainerComponentTypeCodeSequence */
    2636, /* ContainerComponentWidth */
    2223, /* ContainerDescription */
    2219, /* ContainerIdentifier */
    2222, /* ContainerTypeCodeSequence */
    2986, /* ContentCreatorIdentificationCodeSequence */
    2985, /* ContentCreatorName */
    106, /* ContentDate */
    2982, /* ContentDescription */
    2216, /* ContentItemModifierSequence */
    2981, /* ContentLabel */
    923, /* ContentQualification */
    2443, /* ContentSequence */
    2438, /* ContentTemplateSequence */
    113, /* ContentTime */
    154, /* ContextGroupExtensionCreatorUID */
    152, /* ContextGroupExtensionFlag */
    168, /* ContextGroupIdentificationSequence */
    149, /* ContextGroupLocalVersion */
    148, /* ContextGroupVersion */
    156, /* ContextIdentifier */
    162, /* ContextUID */
    3262, /* ContinuationEndMeterset */
    3323, /* ContinuationEndTotalReferenceAirKerma */
    3324, /* ContinuationPulseNumber */
    3261, /* ContinuationStartMeterset */
    3322, /* ContinuationStartTotalReferenceAirKerma */
    2355, /* ContinuityOfContent */
    3655, /* ContourData */
    3648, /* ContourGeometricType */
    3632, /* ContourImageSequence */
    3652, /* ContourNumber */
    3650, /* ContourOffsetVector */
    3647, /* ContourSequence */
    3649, /* ContourSlabThickness */
    3046, /* ContourUncertaintyRadius */
    1339, /* ContraindicationsCodeSequence */
    470, /* Contrast */
    1120, /* ContrastAdministrationProfileSequence */
    521, /* ContrastBolusAdministrationRouteSequence */
    518, /* ContrastBolusAgent */
    1122, /* ContrastBolusAgentAdministered */
    1123, /* ContrastBolusAgentDetected */
    1118, /* ContrastBolusAgentNumber */
    1124, /* ContrastBolusAgentPhase */
    519, /* ContrastBolusAgentSequence */
    695, /* ContrastBolusAutoInjectionTriggerFlag */
    603, /* ContrastBolusIngredient */
    1119, /* ContrastBolusIngredientCodeSequence */
    604, /* ContrastBolusIngredientConcentration */
    1180, /* ContrastBolusIngredientOpaque */
    2648, /* ContrastBolusIngredientPercentByVolume */
    696, /* ContrastBolusInjectionDelay */
    595, /* ContrastBolusRoute */
    597, /* ContrastBolusStartTime */
    598, /* ContrastBolusStopTime */
    520, /* ContrastBolusT1Relaxivity */
    599, /* ContrastBolusTotalDose */
    1121, /* ContrastBolusUsageSequence */
    596, /* ContrastBolusVolume */
    602, /* ContrastFlowDuration */
    601, /* ContrastFlowRate */
    1953, /* ContrastFrameAveraging */
    1387, /* ContributingEquipmentSequence */
    1510, /* ContributingSOPInstancesReferenceSequence */
    1221, /* ContributingSourcesSequence */
    1388, /* ContributionDateTime */
    1389, /* ContributionDescription */
    4062, /* ControlPoint3DPosition */
    3699, /* ControlPointDeliverySequence */
    3927, /* ControlPointIndex */
    4145, /* ControlPointOrientation */
    4061, /* ControlPointRelativePosition */
    3926, /* ControlPointSequence */
    3295, /* ConventionalControlPointVerificationSequence */
    3291, /* ConventionalMachineVerificationSequence */
    1471, /* ConversionSourceAttributesSequence */
    131, /* ConversionType */
    711, /* ConvolutionKernel */
    1099, /* ConvolutionKernelGroup */
    4651, /* CoordinateStartValue */
    4652, /* CoordinateStepValue */
    2247, /* CoordinateSystemAxisCodeSequence */
    2408, /* CoordinatesSetGeometricTypeTrial */
    41, /* Copies */
    2554, /* CorneaMeasurementMethodCodeSequence */
    2548, /* CorneaMeasurementsSequence */
    2553, /* CornealAxis */
    2586, /* CornealEccentricityIndex */
    2582, /* CornealISValue */
    2592, /* CornealPointEstimated */
    2591, /* CornealPointLocation */
    2552, /* CornealPower */
    2523, /* CornealSize */
    2524, /* CornealSizeSequence */
    2589, /* CornealTopographyMapQualityEvaluation */
    2573, /* CornealTopographyMapTypeCodeSequence */
    2575, /* CornealTopographyMappingNormalsSequence */
    2568, /* CornealTopographySurface */
    2569, /* CornealVertexLocation */
    2597, /* CornealWavefront */
    1805, /* CorrectedImage */
    1739, /* CorrectedLocalizedDeviationFromNormal */
    1738, /* CorrectedLocalizedDeviationFromNormalCalculated */
    1741, /* CorrectedLocalizedDeviationFromNormalProbability */
    1740, /* CorrectedLocalizedDeviationFromNormalProbabilityCalculated */
    3720, /* CorrectedParameterSequence */
    3721, /* CorrectionValue */
    1305, /* CountLossNormalizationCorrected */
    714, /* CountRate */
    356, /* CountryOfResidence */
    549, /* CountsAccumulated */
    2753, /* CountsIncluded */
    2729, /* CountsSource */
    998, /* CoverageOfKSpace */
    818, /* CranialThermalIndex */
    3536, /* CreationDate */
    3537, /* CreationTime */
    291, /* CreatorVersionUID */
    3066, /* Crop */
    3067, /* CroppingSpecificationIndex */
    3082, /* CroppingSpecificationNumber */
    3923, /* CumulativeDoseReferenceCoefficient */
    3708, /* CumulativeDoseToDoseReference */
    4238, /* CumulativeMeterset */
    3952, /* CumulativeMetersetWeight */
    4063, /* CumulativeTimeWeight */
    1959, /* CurrentConfigurationID */
    3686, /* CurrentFractionNumber */
    87, /* CurrentFrameFunctionalGroupsSequence */
    2414, /* CurrentObserverTrial */
    2100, /* CurrentPatientLocation */
    2426, /* CurrentRequestedProcedureEvidenceSequence */
    3767, /* CurrentTreatmentStatus */
    4653, /* CurveActivationLayer */
    4665, /* CurveData */
    4650, /* CurveDataDescriptor */
    108, /* CurveDate */
    4643, /* CurveDescription */
    4640, /* CurveDimensions */
    4662, /* CurveLabel */
    1404, /* CurveNumber */
    4649, /* CurveRange */
    4664, /* CurveReferencedOverlayGroup */
    4663, /* CurveReferencedOverlaySequence */
    115, /* CurveTime */
    2368, /* CustodialOrganizationSequence */
    463, /* CustomRendered */
    1520, /* CylinderAxis */
    1519, /* CylinderLensPower */
    2567, /* CylinderPower */
    2513, /* CylinderSequence */
    1858, /* DCTLabel */
    1980, /* DDLValue */
    2472, /* DICOMMediaRetrievalSequence */
    2471, /* DICOMRetrievalSequence */
    2320, /* DICOMStorageSequence */
    1382, /* DLPNotificationTrigger */
    3618, /* DVHData */
    3615, /* DVHDoseScaling */
    3622, /* DVHMaximumDose */
    3623, /* DVHMeanDose */
    3621, /* DVHMinimumDose */
    3613, /* DVHNormalizationDoseValue */
    3612, /* DVHNormalizationPoint */
    3617, /* DVHNumberOfBins */
    3620, /* DVHROIContributionType */
    3619, /* DVHReferencedROISequence */
    3614, /* DVHSequence */
    3600, /* DVHType */
    3616, /* DVHVolumeUnits */
    1860, /* DataBlock */
    1859, /* DataBlockDescription */
    1096, /* DataCollectionCenterPatient */
    565, /* DataCollectionDiameter */
    3427, /* DataElementsSigned */
    1915, /* DataFrameAssignmentSequence */
    2700, /* DataInformationSequence */
    1783, /* DataObservationSequence */
    1916, /* DataPathAssignment */
    1926, /* DataPathID */
    2006, /* DataPointColumns */
    2005, /* DataPointRows */
    2009, /* DataRepresentation */
    1780, /* DataSetDescription */
    1777, /* DataSetName */
    1779, /* DataSetSource */
    117, /* DataSetSubtype */
    4636, /* DataSetTrailingPadding */
    116, /* DataSetType */
    1778, /* DataSetVersion */
    1320, /* DataType */
    4646, /* DataValueRepresentation */
    2380, /* Date */
    2377, /* DateOfDocumentOrVerbalTransactionTrial */
    707, /* DateOfLastCalibration */
    885, /* DateOfLastDetectorCalibration */
    583, /* DateOfSecondaryCapture */
    2379, /* DateTime */
    709, /* DateTimeOfLastCalibration */
    1302, /* DeadTimeCorrected */
    2754, /* DeadTimeCorrectionFlag */
    2751, /* DeadTimeFactor */
    1299, /* DecayCorrected */
    2734, /* DecayCorrection */
    1271, /* DecayCorrectionDateTime */
    2748, /* DecayFactor */
    2588, /* DecimalPotentialVisualAcuity */
    2563, /* DecimalVisualAcuity */
    3511, /* DecimateCropResult */
    1162, /* DecompositionAlgorithmIdentificationSequence */
    1161, /* DecompositionDescription */
    1163, /* DecompositionMaterialSequence */
    1160, /* DecompositionMethod */
    969, /* DecoupledNucleus */
    968, /* Decoupling */
    972, /* DecouplingChemicalShiftReference */
    970, /* DecouplingFrequency */
    971, /* DecouplingMethod */
    3487, /* DefaultMagnificationType */
    3484, /* DefaultPrinterResolutionID */
    3489, /* DefaultSmoothingType */
    226, /* DefinitionSourceSequence */
    2785, /* DeformableRegistrationGridSequence */
    2783, /* DeformableRegistrationSequence */
    1525, /* DegreeOfDilation */
    2901, /* DegreeOfFreedomID */
    2902, /* DegreeOfFreedomType */
    181, /* DeidentificationAction */
    179, /* DeidentificationActionSequence */
    394, /* DeidentificationMethod */
    395, /* DeidentificationMethodCodeSequence */
    3311, /* DeletionLock */
    4427, /* DelineatedRadiationFieldSize */
    3750, /* DeliveredChannelTotalTime */
    4172, /* DeliveredDepthDoseParametersSequence */
    4174, /* DeliveredDistalDepth */
    4173, /* DeliveredDistalDepthFraction */
    3702, /* DeliveredMeterset */
    4176, /* DeliveredNominalRangeModulatedRegionDepths */
    4175, /* DeliveredNominalRangeModulationFractions */
    3752, /* DeliveredNumberOfPulses */
    3695, /* DeliveredPrimaryMeterset */
    3754, /* DeliveredPulseRepetitionInterval */
    4177, /* DeliveredReferenceDoseDefinition */
    3696, /* DeliveredSecondaryMeterset */
    3698, /* DeliveredTreatmentTime */
    3797, /* DeliveryMaximumDose */
    4239, /* DeliveryRate */
    4240, /* DeliveryRateUnitSequence */
    4572, /* DeliveryTimeStructureCodeSequence */
    3283, /* DeliveryVerificationImageSequence */
    3796, /* DeliveryWarningDose */
    4171, /* DepthDoseParametersSequence */
    824, /* DepthOfScanField */
    1553, /* DepthOfTransverseImage */
    1548, /* DepthSpatialResolution */
    3845, /* DepthValueAveragingFlag */
    1314, /* DepthsOfFocus */
    1667, /* DerivationAlgorithmSequence */
    299, /* DerivationCodeSequence */
    4457, /* DerivationConceptualVolumeSequence */
    244, /* DerivationDescription */
    292, /* DerivationImageSequence */
    3341, /* DerivationImplantAssemblyTemplateSequence */
    2863, /* DerivationImplantTemplateSequence */
    3539, /* DestinationAE */
    1853, /* DetailsOfCoefficients */
    891, /* DetectorActivationOffsetFromExposure */
    1258, /* DetectorActiveAreaOrientation */
    1257, /* DetectorActiveAreaTLHCPosition */
    896, /* DetectorActiveDimensions */
    897, /* DetectorActiveOrigin */
    895, /* DetectorActiveShape */
    890, /* DetectorActiveTime */
    892, /* DetectorBinning */
    878, /* DetectorConditionsNominalFlag */
    881, /* DetectorConfiguration */
    882, /* DetectorDescription */
    893, /* DetectorElementPhysicalSize */
    2741, /* DetectorElementSize */
    894, /* DetectorElementSpacing */
    1282, /* DetectorGeometry */
    884, /* DetectorID */
    2685, /* DetectorInformationSequence */
    1250, /* DetectorIsocenterPrimaryAngle */
    1251, /* DetectorIsocenterSecondaryAngle */
    2736, /* DetectorLinesOfResponseUsed */
    899, /* DetectorManufacturerModelName */
    898, /* DetectorManufacturerName */
    883, /* DetectorMode */
    1309, /* DetectorNormalizationCorrection */
    1241, /* DetectorPositionSequence */
    754, /* DetectorPrimaryAngle */
    755, /* DetectorSecondaryAngle */
    879, /* DetectorTemperature */
    889, /* DetectorTimeSinceLastExposure */
    880, /* DetectorType */
    2683, /* DetectorVector */
    1252, /* DetectorXPositionToIsocenter */
    1253, /* DetectorYPositionToIsocenter */
    1254, /* DetectorZPositionToIsocenter */
    740, /* DeviationIndex */
    4464, /* DeviceAlternateIdentifier */
    4466, /* DeviceAlternateIdentifierFormat */
    4465, /* DeviceAlternateIdentifierType */
    2646, /* DeviceDescription */
    2637, /* DeviceDiameter */
    2638, /* DeviceDiameterUnits */
    572, /* DeviceID */
    4494, /* DeviceIndex */
    4482, /* DeviceLabel */
    2635, /* DeviceLength */
    4163, /* DeviceMotionControlSequence */
    4164, /* DeviceMotionExecutionMode */
    4165, /* DeviceMotionObservationMode */
    4166, /* DeviceMotionParameterCodeSequence */
    4272, /* DeviceOrderIndex */
    2632, /* DeviceSequence */
    570, /* DeviceSerialNumber */
    473, /* DeviceSettingDescription */
    4483, /* DeviceTypeCodeSequence */
    571, /* DeviceUID */
    2639, /* DeviceVolume */
    31, /* DialogReceiver */
    773, /* DiameterOfCircularOutline */
    3023, /* DiameterOfVisibility */
    3593, /* DiaphragmPosition */
    3102, /* DiffuseReflectionIntensity */
    2857, /* DiffusionAcquisitionCodeSequence */
    1018, /* DiffusionAnisotropyType */
    1260, /* DiffusionBMatrixSequence */
    992, /* DiffusionBValue */
    1261, /* DiffusionBValueXX */
    1262, /* DiffusionBValueXY */
    1263, /* DiffusionBValueXZ */
    1264, /* DiffusionBValueYY */
    1265, /* DiffusionBValueYZ */
    1266, /* DiffusionBValueZZ */
    981, /* DiffusionDirectionality */
    982, /* DiffusionGradientDirectionSequence */
    993, /* DiffusionGradientOrientation */
    2858, /* DiffusionModelCodeSequence */
    593, /* DigitalImageFormatAcquired */
    3429, /* DigitalSignatureDateTime */
    3435, /* DigitalSignaturePurposeCodeSequence */
    3428, /* DigitalSignatureUID */
    4635, /* DigitalSignaturesSequence */
    466, /* DigitalZoomRatio */
    795, /* DigitizingDeviceTransportDirection */
    1506, /* DimensionDescriptionLabel */
    1467, /* DimensionIndexPointer */
    1472, /* DimensionIndexPrivateCreator */
    1474, /* DimensionIndexSequence */
    1461, /* DimensionIndexValues */
    1473, /* DimensionOrganizationSequence */
    1503, /* DimensionOrganizationType */
    1466, /* DimensionOrganizationUID */
    4472, /* DirectSegmentReferenceSequence */
    74, /* DirectoryRecordSequence */
    78, /* DirectoryRecordType */
    2088, /* DischargeDate */
    2091, /* DischargeDiagnosisCodeSequence */
    2090, /* DischargeDiagnosisDescription */
    2089, /* DischargeTime */
    4381, /* DisplacementMatrix */
    4380, /* DisplacementReferenceLabel */
    4383, /* DisplacementReferenceLocationCodeSequence */
    1979, /* DisplayCalibrationResultSequence */
    1991, /* DisplayDeviceTypeCodeSequence */
    3202, /* DisplayEnvironmentSpatialPosition */
    2014, /* DisplayFilterPercentage */
    35, /* DisplayFormat */
    1982, /* DisplayFunctionType */
    3259, /* DisplaySetHorizontalJustification */
    3208, /* DisplaySetLabel */
    3207, /* DisplaySetNumber */
    3250, /* DisplaySetPatientOrientation */
    3209, /* DisplaySetPresentationGroup */
    3210, /* DisplaySetPresentationGroupDescription */
    3213, /* DisplaySetScrollingGroup */
    3260, /* DisplaySetVerticalJustification */
    3206, /* DisplaySetsSequence */
    2137, /* DisplayShadingFlag */
    1967, /* DisplaySubsystemConfigurationSequence */
    1962, /* DisplaySubsystemDescription */
    1960, /* DisplaySubsystemID */
    1961, /* DisplaySubsystemName */
    1973, /* DisplaySubsystemQAResultsSequence */
    1992, /* DisplaySubsystemSequence */
    793, /* DisplayWindowLabelVector */
    2974, /* DisplayedAreaBottomRightHandCorner */
    2972, /* DisplayedAreaBottomRightHandCornerTrial */
    2975, /* DisplayedAreaSelectionSequence */
    2973, /* DisplayedAreaTopLeftHandCorner */
    2971, /* DisplayedAreaTopLeftHandCornerTrial */
    802, /* DisplayedZValue */
    4168, /* DistalDepth */
    4167, /* DistalDepthFraction */
    1680, /* DistanceBetweenBscanSlabs */
    2608, /* DistanceBetweenFocalPlanes */
    1169, /* DistanceObjectToTableTop */
    2527, /* DistancePupillaryDistance */
    1181, /* DistanceReceptorPlaneToDetectorHousing */
    1117, /* DistanceSourceToDataCollectionCenter */
    640, /* DistanceSourceToDetector */
    2201, /* DistanceSourceToEntrance */
    1168, /* DistanceSourceToIsocenter */
    641, /* DistanceSourceToPatient */
    2202, /* DistanceSourceToSupport */
    4608, /* DistributionAddress */
    4607, /* DistributionName */
    401, /* DistributionType */
    2360, /* DocumentAuthorIdentifierCodeSequenceTrial */
    2359, /* DocumentAuthorTrial */
    2467, /* DocumentClassCodeSequence */
    2358, /* DocumentIdentifierCodeSequenceTrial */
    2478, /* DocumentTitle */
    2365, /* DocumentingObserverIdentifierCodeSequenceTrial */
    2348, /* DocumentingOrganizationIdentifierCodeSequenceTrial */
    850, /* DopplerCorrectionAngle */
    853, /* DopplerSampleVolumeXPosition */
    852, /* DopplerSampleVolumeXPositionRetired */
    855, /* DopplerSampleVolumeYPosition */
    854, /* DopplerSampleVolumeYPositionRetired */
    4425, /* DoseCalibrationConditionsSequence */
    4428, /* DoseCalibrationConditionsVerifiedFlag */
    2749, /* DoseCalibrationFactor */
    3604, /* DoseComment */
    3608, /* DoseGridScaling */
    4355, /* DoseMeasurementDeviceCodeSequence */
    690, /* DoseModeName */
    3706, /* DoseRateDelivered */
    3929, /* DoseRateSet */
    3791, /* DoseReferenceDescription */
    3787, /* DoseReferenceNumber */
    3792, /* DoseReferencePointCoordinates */
    3786, /* DoseReferenceSequence */
    3789, /* DoseReferenceStructureType */
    3794, /* DoseReferenceType */
    3788, /* DoseReferenceUID */
    3606, /* DoseSummationType */
    3602, /* DoseType */
    3601, /* DoseUnits */
    3610, /* DoseValue */
    4208, /* DoseValuePurpose */
    4207, /* DoseValuesSequence */
    4536, /* DosimetricObjectiveEvaluationScope */
    4549, /* DosimetricObjectiveParameterSequence */
    4553, /* DosimetricObjectivePurpose */
    4545, /* DosimetricObjectiveSequence */
    4546, /* DosimetricObjectiveTypeCodeSequence */
    4547, /* DosimetricObjectiveUID */
    4552, /* DosimetricObjectiveWeight */
    3320, /* DoubleExposureFieldDelta */
    3288, /* DoubleExposureFieldDeltaTrial */
    3285, /* DoubleExposureFlag */
    3319, /* DoubleExposureMeterset */
    3287, /* DoubleExposureMetersetTrial */
    3286, /* DoubleExposureOrdering */
    4630, /* DoubleFloatPixelData */
    1842, /* DoubleFloatPixelPaddingRangeLimit */
    1840, /* DoubleFloatPixelPaddingValue */
    2334, /* DoubleFloatRealWorldValueFirstValueMapped */
    2333, /* DoubleFloatRealWorldValueLastValueMapped */
    2817, /* DoublePointCoordinatesData */
    822, /* DynamicRange */
    439, /* EXIFVersion */
    561, /* EchoNumbers */
    1083, /* EchoPeakPosition */
    935, /* EchoPlanarPulseSequence */
    926, /* EchoPulseSequence */
    556, /* EchoTime */
    566, /* EchoTrainLength */
    2819, /* EdgePointIndexList */
    1144, /* EffectiveBinEnergy */
    2865, /* EffectiveDateTime */
    4440, /* EffectiveDoseCalculationMethodCategoryCodeSequence */
    4441, /* EffectiveDoseCalculationMethodCodeSequence */
    4442, /* EffectiveDoseCalculationMethodDescription */
    551, /* EffectiveDuration */
    988, /* EffectiveEchoTime */
    2651, /* EffectiveRefractiveIndex */
    3885, /* EffectiveWedgeAngle */
    514, /* EmitterColorTemperature */
    1521, /* EmmetropicMagnification */
    3234, /* EmptyImageBoxCIELabValue */
    3492, /* EmptyImageDensity */
    2479, /* EncapsulatedDocument */
    2483, /* EncapsulatedDocumentLength */
    3439, /* EncryptedAttributesSequence */
    3441, /* EncryptedContent */
    3440, /* EncryptedContentTransferSyntaxUID */
    1230, /* EndAcquisitionDateTime */
    4390, /* EndCumulativeMetersetWeight */
    3328, /* EndCumulativeTimeWeight */
    34, /* EndMessageID */
    3727, /* EndMeterset */
    1481, /* EndingRespiratoryAmplitude */
    1482, /* EndingRespiratoryPhase */
    4310, /* EnergyUnitCodeSequence */
    1129, /* EnergyWeightingFactor */
    536, /* EnergyWindowCenterline */
    2676, /* EnergyWindowInformationSequence */
    2678, /* EnergyWindowLowerLimit */
    2682, /* EnergyWindowName */
    2720, /* EnergyWindowNumber */
    2677, /* EnergyWindowRangeSequence */
    537, /* EnergyWindowTotalWidth */
    2679, /* EnergyWindowUpperLimit */
    2674, /* EnergyWindowVector */
    1923, /* EnhancedPaletteColorLookupTableSequence */
    4492, /* EntityDescription */
    4490, /* EntityLabel */
    4493, /* EntityLongLabel */
    4491, /* EntityName */
    2199, /* EntranceDose */
    2325, /* EntranceDoseDerivation */
    2324, /* EntranceDoseInmGy */
    1957, /* EquipmentAdministratorSequence */
    2032, /* EquipmentCoordinateSystemIdentification */
    4296, /* EquipmentFrameOfReferenceDescription */
    4295, /* EquipmentFrameOfReferenceUID */
    172, /* EquipmentModality */
    4298, /* EquipmentReferencePointCodeSequence */
    4297, /* EquipmentReferencePointCoordinatesSequence */
    2375, /* EquivalentCDADocumentSequence */
    166, /* EquivalentCodeSequence */
    4446, /* EquivalentConceptualVolumeInstanceReferenceSequence */
    4447, /* EquivalentConceptualVolumesSequence */
    2572, /* EquivalentPupilRadius */
    43, /* Erase */
    18, /* ErrorComment */
    19, /* ErrorID */
    3451, /* EscapeTriplet */
    1107, /* EstimatedDoseSaving */
    642, /* EstimatedRadiographicMagnificationFactor */
    404, /* EthicsCommitteeApprovalEffectivenessEndDate */
    403, /* EthicsCommitteeApprovalEffectivenessStartDate */
    360, /* EthnicGroup */
    257, /* EventCodeSequence */
    253, /* EventElapsedTimes */
    256, /* EventTimeOffset */
    254, /* EventTimerNames */
    255, /* EventTimerSequence */
    22, /* EventTypeID */
    380, /* ExaminedBodyThickness */
    1712, /* ExcessiveFalseNegatives */
    1711, /* ExcessiveFalseNegativesDataFlag */
    1722, /* ExcessiveFalsePositives */
    1721, /* ExcessiveFalsePositivesDataFlag */
    1704, /* ExcessiveFixationLosses */
    1703, /* ExcessiveFixationLossesDataFlag */
    1315, /* ExcludedIntervalsSequence */
    1317, /* ExclusionDuration */
    1316, /* ExclusionStartDateTime */
    3347, /* ExclusiveComponentType */
    3534, /* ExecutionStatus */
    3535, /* ExecutionStatusInfo */
    2292, /* ExpectedCompletionDateTime */
    4213, /* ExpectedInVivoMeasurementValueIndex */
    4212, /* ExpectedInVivoMeasurementValuesSequence */
    2200, /* ExposedArea */
    664, /* Exposure */
    443, /* ExposureBiasValue */
    917, /* ExposureControlMode */
    918, /* ExposureControlModeDescription */
    1190, /* ExposureControlSensingRegionLeftVerticalEdge */
    1193, /* ExposureControlSensingRegionLowerHorizontalEdge */
    1191, /* ExposureControlSensingRegionRightVerticalEdge */
    1189, /* ExposureControlSensingRegionShape */
    1192, /* ExposureControlSensingRegionUpperHorizontalEdge */
    1188, /* ExposureControlSensingRegionsSequence */
    2203, /* ExposureDoseSequence */
    738, /* ExposureIndex */
    1114, /* ExposureInmAs */
    665, /* ExposureInuAs */
    464, /* ExposureMode */
    1106, /* ExposureModulationType */
    429, /* ExposureProgram */
    3591, /* ExposureSequence */
    919, /* ExposureStatus */
    662, /* ExposureTime */
    411, /* ExposureTimeInSeconds */
    1111, /* ExposureTimeInms */
    921, /* ExposureTimeInuS */
    887, /* ExposuresOnDetectorSinceLastCalibration */
    888, /* ExposuresOnDetectorSinceManufactured */
    736, /* ExposuresOnPlate */
    2606, /* ExtendedDepthOfField */
    4627, /* ExtendedOffsetTable */
    4628, /* ExtendedOffsetTableLengths */
    3951, /* ExternalContourEntryPoint */
    412, /* FNumber */
    2834, /* FacetSequence */
    3293, /* FailedAttributesSequence */
    126, /* FailedSOPInstanceUIDList */
    238, /* FailedSOPSequence */
    3572, /* FailureAttributes */
    237, /* FailureReason */
    1708, /* FalseNegativesEstimate */
    1707, /* FalseNegativesEstimateFlag */
    1710, /* FalseNegativesQuantity */
    1714, /* FalsePositivesEstimate */
    1713, /* FalsePositivesEstimateFlag */
    1720, /* FalsePositivesQuantity */
    3043, /* FiducialDescription */
    3044, /* FiducialIdentifier */
    3045, /* FiducialIdentifierCodeSequence */
    3052, /* FiducialSequence */
    3051, /* FiducialSetSequence */
    3049, /* FiducialUID */
    3053, /* FiducialsPropertyCategoryCodeSequence */
    1187, /* FieldOfViewDescription */
    661, /* FieldOfViewDimensions */
    1204, /* FieldOfViewDimensionsInFloat */
    902, /* FieldOfViewHorizontalFlip */
    900, /* FieldOfViewOrigin */
    901, /* FieldOfViewRotation */
    1186, /* FieldOfViewSequence */
    660, /* FieldOfViewShape */
    46, /* FileMetaInformationGroupLength */
    47, /* FileMetaInformationVersion */
    73, /* FileSetConsistencyFlag */
    69, /* FileSetDescriptorFileID */
    68, /* FileSetID */
    461, /* FileSource */
    3020, /* FillMode */
    3019, /* FillPattern */
    3002, /* FillStyleSequence */
    2279, /* FillerOrderNumberImagingServiceRequest */
    2273, /* FillerOrderNumberImagingServiceRequestRetired */
    2256, /* FillerOrderNumberProcedure */
    3552, /* FilmBoxContentSequence */
    2210, /* FilmConsumptionSequence */
    3462, /* FilmDestination */
    3481, /* FilmOrientation */
    3463, /* FilmSessionLabel */
    3482, /* FilmSizeID */
    916, /* FilterBeamPathLengthMaximum */
    915, /* FilterBeamPathLengthMinimum */
    3231, /* FilterByAttributePresence */
    3230, /* FilterByCategory */
    3232, /* FilterByOperator */
    2127, /* FilterHighFrequency */
    2126, /* FilterLowFrequency */
    912, /* FilterMaterial */
    3229, /* FilterOperationsSequence */
    914, /* FilterThicknessMaximum */
    913, /* FilterThicknessMinimum */
    671, /* FilterType */
    3924, /* FinalCumulativeMetersetWeight */
    4059, /* FinalCumulativeTimeWeight */
    10, /* FindLocation */
    2339, /* FindingsFlagTrial */
    2344, /* FindingsGroupRecordingDateTrial */
    2345, /* FindingsGroupRecordingTimeTrial */
    2342, /* FindingsGroupUIDTrial */
    2341, /* FindingsSequenceTrial */
    2346, /* FindingsSourceCategoryCodeSequenceTrial */
    2800, /* FiniteVolume */
    2669, /* FirstALineLocation */
    1046, /* FirstOrderPhaseCorrection */
    4625, /* FirstOrderPhaseCorrectionAngle */
    3709, /* FirstTreatmentDate */
    1699, /* FixationCheckedQuantity */
    3974, /* FixationDeviceDescription */
    3973, /* FixationDeviceLabel */
    3976, /* FixationDevicePitchAngle */
    3975, /* FixationDevicePosition */
    3977, /* FixationDeviceRollAngle */
    3971, /* FixationDeviceSequence */
    3972, /* FixationDeviceType */
    3961, /* FixationEye */
    4108, /* FixationLightAzimuthalAngle */
    3965, /* FixationLightAzimuthalAngleTolerance */
    4109, /* FixationLightPolarAngle */
    3966, /* FixationLightPolarAngleTolerance */
    2894, /* FixationMethodCodeSequence */
    1697, /* FixationMonitoringCodeSequence */
    1696, /* FixationSequence */
    4248, /* FixedRTBeamDelimiterDeviceSequence */
    457, /* FlashEnergy */
    424, /* FlashFiringStatus */
    427, /* FlashFunctionPresent */
    426, /* FlashMode */
    428, /* FlashRedEyeMode */
    425, /* FlashReturnStatus */
    2551, /* FlatCornealAxisSequence */
    2537, /* FlatKeratometricAxisSequence */
    727, /* FlipAngle */
    4629, /* FloatPixelData */
    1841, /* FloatPixelPaddingRangeLimit */
    1839, /* FloatPixelPaddingValue */
    2391, /* FloatingPointValue */
    2853, /* FloatingPointValues */
    928, /* FlowCompensation */
    1039, /* FlowCompensationDirection */
    2064, /* FlowIdentifier */
    2063, /* FlowIdentifierSequence */
    2066, /* FlowRTPSamplingRate */
    2065, /* FlowTransferSyntaxUID */
    3596, /* FluenceDataScale */
    3595, /* FluenceDataSource */
    3594, /* FluenceMapSequence */
    3598, /* FluenceMode */
    3599, /* FluenceModeID */
    1116, /* FluoroscopyFlag */
    693, /* FluoroscopyLastImageHoldPersistenceFlag */
    692, /* FluoroscopyPersistenceFlag */
    679, /* FocalDistance */
    448, /* FocalLength */
    467, /* FocalLengthIn35mmFilm */
    682, /* FocalSpots */
    813, /* FocusDepth */
    2605, /* FocusMethod */
    2996, /* FontName */
    2997, /* FontNameType */
    1770, /* FovealPointNormativeDataFlag */
    1771, /* FovealPointProbabilityValue */
    1745, /* FovealSensitivity */
    1744, /* FovealSensitivityMeasured */
    4567, /* FractionBasedRelationshipIntervalAnchor */
    4566, /* FractionBasedRelationshipSequence */
    3824, /* FractionGroupDescription */
    3823, /* FractionGroupNumber */
    3822, /* FractionGroupSequence */
    3769, /* FractionGroupSummarySequence */
    3771, /* FractionGroupType */
    3590, /* FractionNumber */
    3828, /* FractionPattern */
    4557, /* FractionPatternSequence */
    3773, /* FractionStatusSummarySequence */
    2138, /* FractionalChannelDisplayScale */
    4563, /* FractionationNotes */
    980, /* FrameAcquisitionDateTime */
    1053, /* FrameAcquisitionDuration */
    1460, /* FrameAcquisitionNumber */
    1176, /* FrameAcquisitionSequence */
    1451, /* FrameAnatomySequence */
    1462, /* FrameComments */
    1453, /* FrameContentSequence */
    612, /* FrameDelay */
    1199, /* FrameDetectorParametersSequence */
    1794, /* FrameDimensionPointer */
    302, /* FrameDisplaySequence */
    1215, /* FrameDisplayShutterSequence */
    232, /* FrameExtractionSequence */
    1793, /* FrameIncrementPointer */
    1508, /* FrameLabel */
    789, /* FrameLabelVector */
    1452, /* FrameLaterality */
    1944, /* FrameNumbersOfInterest */
    1945, /* FrameOfInterestDescription */
    1946, /* FrameOfInterestType */
    3672, /* FrameOfReferenceRelationshipSequence */
    3040, /* FrameOfReferenceToDisplayedCoordinateSystemTransformationMatrix */
    3676, /* FrameOfReferenceTransformationComment */
    3675, /* FrameOfReferenceTransformationMatrix */
    3041, /* FrameOfReferenceTransformationMatrixType */
    3674, /* FrameOfReferenceTransformationType */
    1412, /* FrameOfReferenceUID */
    2068, /* FrameOriginTimestamp */
    2018, /* FramePixelDataPropertiesSequence */
    2015, /* FramePixelShiftSequence */
    790, /* FramePrimaryAngleVector */
    1019, /* FrameReferenceDateTime */
    2744, /* FrameReferenceTime */
    791, /* FrameSecondaryAngleVector */
    609, /* FrameTime */
    611, /* FrameTimeVector */
    288, /* FrameType */
    2070, /* FrameUsefulnessGroupSequence */
    2011, /* FrameVOILUTSequence */
    1003, /* FrequencyCorrection */
    1468, /* FunctionalGroupPointer */
    1476, /* FunctionalGroupPrivateCreator */
    1267, /* FunctionalMRSequence */
    1268, /* FunctionalSettlingPhaseFramesPresent */
    1269, /* FunctionalSyncPulse */
    488, /* GPSAltitude */
    487, /* GPSAltitudeRef */
    510, /* GPSAreaInformation */
    493, /* GPSDOP */
    511, /* GPSDateStamp */
    506, /* GPSDestBearing */
    505, /* GPSDestBearingRef */
    508, /* GPSDestDistance */
    507, /* GPSDestDistanceRef */
    502, /* GPSDestLatitude */
    501, /* GPSDestLatitudeRef */
    504, /* GPSDestLongitude */
    503, /* GPSDestLongitudeRef */
    512, /* GPSDifferential */
    499, /* GPSImgDirection */
    498, /* GPSImgDirectionRef */
    484, /* GPSLatitude */
    483, /* GPSLatitudeRef */
    486, /* GPSLongitude */
    485, /* GPSLongitudeRef */
    500, /* GPSMapDatum */
    492, /* GPSMeasureMode */
    509, /* GPSProcessingMethod */
    490, /* GPSSatellites */
    495, /* GPSSpeed */
    494, /* GPSSpeedRef */
    491, /* GPSStatus */
    489, /* GPSTimeStamp */
    497, /* GPSTrack */
    496, /* GPSTrackRef */
    482, /* GPSVersionID */
    469, /* GainControl */
    1983, /* GammaValue */
    3934, /* GantryAngle */
    3809, /* GantryAngleTolerance */
    644, /* GantryDetectorSlew */
    643, /* GantryDetectorTilt */
    577, /* GantryID */
    1303, /* GantryMotionCorrected */
    3958, /* GantryPitchAngle */
    3960, /* GantryPitchAngleTolerance */
    3959, /* GantryPitchRotationDirection */
    3935, /* GantryRotationDirection */
    3022, /* GapLength */
    2699, /* GatedInformationSequence */
    4430, /* GatingBeamHoldTransitionSequence */
    4291, /* GeneralAccessoryDefinitionSequence */
    4148, /* GeneralAccessoryDescription */
    4147, /* GeneralAccessoryID */
    4150, /* GeneralAccessoryNumber */
    4146, /* GeneralAccessorySequence */
    4149, /* GeneralAccessoryType */
    3290, /* GeneralMachineVerificationSequence */
    2283, /* GeneralPurposePerformedProcedureStepStatus */
    2284, /* GeneralPurposeScheduledProcedureStepPriority */
    2282, /* GeneralPurposeScheduledProcedureStepStatus */
    1758, /* GeneralizedDefectCorrectedSensitivityDeviationFlag */
    1760, /* GeneralizedDefectCorrectedSensitivityDeviationProbabilityValue */
    1759, /* GeneralizedDefectCorrectedSensitivityDeviationValue */
    1727, /* GeneralizedDefectSensitivityDeviationAlgorithmSequence */
    574, /* GeneratorID */
    676, /* GeneratorPower */
    335, /* GeneticModificationsCodeSequence */
    333, /* GeneticModificationsDescription */
    334, /* GeneticModificationsNomenclature */
    332, /* GeneticModificationsSequence */
    2020, /* GeometricMaximumDistortion */
    2019, /* GeometricalProperties */
    3132, /* GeometryForDisplay */
    947, /* GeometryOfKSpaceTraversal */
    3073, /* GlobalCrop */
    3074, /* GlobalCroppingSpecificationIndex */
    1726, /* GlobalDeviationFromNormal */
    1731, /* GlobalDeviationProbability */
    1719, /* GlobalDeviationProbabilityNormalsFlag */
    1742, /* GlobalDeviationProbabilitySequence */
    1062, /* GradientEchoTrainLength */
    1038, /* GradientOutput */
    1036, /* GradientOutputType */
    2950, /* GraphicAnnotationSequence */
    2954, /* GraphicAnnotationUnits */
    3048, /* GraphicCoordinatesDataSequence */
    2965, /* GraphicData */
    2963, /* GraphicDimensions */
    2967, /* GraphicFilled */
    2993, /* GraphicGroupDescription */
    3035, /* GraphicGroupID */
    2992, /* GraphicGroupLabel */
    3003, /* GraphicGroupSequence */
    2951, /* GraphicLayer */
    2980, /* GraphicLayerDescription */
    2977, /* GraphicLayerOrder */
    3054, /* GraphicLayerRecommendedDisplayCIELabValue */
    2978, /* GraphicLayerRecommendedDisplayGrayscaleValue */
    2979, /* GraphicLayerRecommendedDisplayRGBValue */
    2976, /* GraphicLayerSequence */
    2957, /* GraphicObjectSequence */
    2966, /* GraphicType */
    1894, /* GrayLookupTableData */
    1885, /* GrayLookupTableDescriptor */
    1883, /* GrayScale */
    1896, /* GreenPaletteColorLookupTableData */
    1887, /* GreenPaletteColorLookupTableDescriptor */
    675, /* Grid */
    905, /* GridAbsorbingMaterial */
    909, /* GridAspectRatio */
    2786, /* GridDimensions */
    911, /* GridFocalDistance */
    3607, /* GridFrameOffsetVector */
    575, /* GridID */
    910, /* GridPeriod */
    908, /* GridPitch */
    2787, /* GridResolution */
    906, /* GridSpacingMaterial */
    907, /* GridThickness */
    311, /* GroupOfPatientsIdentificationSequence */
    2465, /* HL7DocumentEffectiveTime */
    2466, /* HL7DocumentTypeCodeSequence */
    2464, /* HL7InstanceIdentifier */
    2429, /* HL7StructuredDocumentReferenceSequence */
    2880, /* HPGLContourPenNumber */
    2879, /* HPGLDocument */
    2874, /* HPGLDocumentID */
    2875, /* HPGLDocumentLabel */
    2878, /* HPGLDocumentScaling */
    2873, /* HPGLDocumentSequence */
    2884, /* HPGLPenDescription */
    2883, /* HPGLPenLabel */
    2882, /* HPGLPenNumber */
    2881, /* HPGLPenSequence */
    2206, /* HalfValueLayer */
    3141, /* HangingProtocolCreationDateTime */
    3140, /* HangingProtocolCreator */
    3142, /* HangingProtocolDefinitionSequence */
    3138, /* HangingProtocolDescription */
    3139, /* HangingProtocolLevel */
    3137, /* HangingProtocolName */
    3144, /* HangingProtocolUserGroupName */
    3143, /* HangingProtocolUserIdentificationCodeSequence */
    582, /* HardcopyCreationDeviceID */
    586, /* HardcopyDeviceManufacturer */
    590, /* HardcopyDeviceManufacturerModelName */
    589, /* HardcopyDeviceSoftwareVersion */
    3957, /* HeadFixationAngle */
    3963, /* HeadFixationAngleTolerance */
    636, /* HeartRate */
    1827, /* HighBit */
    3866, /* HighDoseTechniqueType */
    631, /* HighRRValue */
    2759, /* HistogramBinWidth */
    2761, /* HistogramData */
    2760, /* HistogramExplanation */
    2757, /* HistogramFirstBinValue */
    2758, /* HistogramLastBinValue */
    2756, /* HistogramNumberOfBins */
    2755, /* HistogramSequence */
    2477, /* HomeCommunityID */
    3005, /* HorizontalAlignment */
    1523, /* HorizontalFieldOfView */
    2516, /* HorizontalPrismBase */
    2515, /* HorizontalPrismPower */
    3453, /* HuffmanTableSize */
    3454, /* HuffmanTableTriplet */
    2290, /* HumanPerformerCodeSequence */
    2313, /* HumanPerformerName */
    2312, /* HumanPerformerOrganization */
    452, /* Humidity */
    1929, /* ICCProfile */
    1570, /* IOLFormulaCodeSequence */
    1571, /* IOLFormulaDetail */
    1594, /* IOLManufacturer */
    1587, /* IOLPower */
    1602, /* IOLPowerForExactEmmetropia */
    1603, /* IOLPowerForExactTargetRefraction */
    1592, /* IOLPowerSequence */
    436, /* ISOSpeed */
    437, /* ISOSpeedLatitudeyyy */
    438, /* ISOSpeedLatitudezzz */
    803, /* IVUSAcquisition */
    805, /* IVUSGatedRate */
    804, /* IVUSPullbackRate */
    806, /* IVUSPullbackStartFrameNumber */
    807, /* IVUSPullbackStopFrameNumber */
    3415, /* IconImageSequence */
    2439, /* IdenticalDocumentsSequence */
    2407, /* IdentificationDescriptionTrial */
    2361, /* IdentifierCodeSequenceTrial */
    2170, /* IdentifierTypeCode */
    287, /* IdentifyingComments */
    180, /* IdentifyingPrivateElements */
    3499, /* Illumination */
    1560, /* IlluminationBandwidth */
    2615, /* IlluminationColorCodeSequence */
    1559, /* IlluminationPower */
    1532, /* IlluminationTypeCodeSequence */
    1558, /* IlluminationWaveLength */
    2610, /* IlluminatorTypeCodeSequence */
    670, /* ImageAndFluoroscopyAreaDoseProduct */
    3553, /* ImageBoxContentSequence */
    3226, /* ImageBoxLargeScrollAmount */
    3225, /* ImageBoxLargeScrollType */
    3219, /* ImageBoxLayoutType */
    3218, /* ImageBoxNumber */
    3227, /* ImageBoxOverlapPriority */
    3505, /* ImageBoxPosition */
    3471, /* ImageBoxPresentationLUTFlag */
    3222, /* ImageBoxScrollDirection */
    3224, /* ImageBoxSmallScrollAmount */
    3223, /* ImageBoxSmallScrollType */
    3238, /* ImageBoxSynchronizationSequence */
    3220, /* ImageBoxTileHorizontalDimension */
    3221, /* ImageBoxTileVerticalDimension */
    3217, /* ImageBoxesSequence */
    2242, /* ImageCenterPointCoordinatesSequence */
    1446, /* ImageComments */
    1871, /* ImageDataLocation */
    1319, /* ImageDataTypeSequence */
    1790, /* ImageDimensions */
    3479, /* ImageDisplayFormat */
    1103, /* ImageFilter */
    1380, /* ImageFilterDescription */
    704, /* ImageFilterDetailsSequence */
    1803, /* ImageFormat */
    4674, /* ImageFrameOrigin */
    1415, /* ImageGeometryType */
    2969, /* ImageHorizontalFlip */
    2721, /* ImageID */
    2752, /* ImageIndex */
    1414, /* ImageLaterality */
    1843, /* ImageLocation */
    1409, /* ImageOrientation */
    1410, /* ImageOrientationPatient */
    2611, /* ImageOrientationSlide */
    1492, /* ImageOrientationVolume */
    3555, /* ImageOverlayBoxContentSequence */
    3469, /* ImageOverlayFlag */
    1515, /* ImagePathFilterPassBand */
    1514, /* ImagePathFilterPassThroughWavelength */
    1534, /* ImagePathFilterTypeStackCodeSequence */
    3583, /* ImagePlanePixelSpacing */
    1407, /* ImagePosition */
    1408, /* ImagePositionPatient */
    1491, /* ImagePositionVolume */
    1941, /* ImagePresentationComments */
    2021, /* ImageProcessingApplied */
    2970, /* ImageRotation */
    2968, /* ImageRotationRetired */
    3159, /* ImageSetLabel */
    3153, /* ImageSetNumber */
    3154, /* ImageSetSelectorCategory */
    3148, /* ImageSetSelectorSequence */
    3149, /* ImageSetSelectorUsageFlag */
    3147, /* ImageSetsSequence */
    2031, /* ImageToEquipmentMappingMatrix */
    828, /* ImageTransformationMatrix */
    829, /* ImageTranslationVector */
    613, /* ImageTriggerDelay */
    91, /* ImageType */
    3070, /* ImageVolumeGeometry */
    560, /* ImagedNucleus */
    2600, /* ImagedVolumeDepth */
    2599, /* ImagedVolumeHeight */
    2598, /* ImagedVolumeWidth */
    674, /* ImagerPixelSpacing */
    1425, /* ImagesInAcquisition */
    1426, /* ImagesInSeries */
    1428, /* ImagesInStudy */
    3869, /* ImagingDeviceSpecificAcquisitionParameters */
    559, /* ImagingFrequency */
    2280, /* ImagingServiceRequestComments */
    516, /* ImmersionMedia */
    2149, /* ImpedanceMeasurementCurrentType */
    2147, /* ImpedanceMeasurementDateTime */
    2148, /* ImpedanceMeasurementFrequency */
    2146, /* ImpedanceValue */
    3336, /* ImplantAssemblyTemplateIssuer */
    3335, /* ImplantAssemblyTemplateName */
    3342, /* ImplantAssemblyTemplateTargetAnatomySequence */
    3339, /* ImplantAssemblyTemplateType */
    3337, /* ImplantAssemblyTemplateVersion */
    1596, /* ImplantName */
    1598, /* ImplantPartNumber */
    2871, /* ImplantRegulatoryDisapprovalCodeSequence */
    2859, /* ImplantSize */
    2866, /* ImplantTargetAnatomySequence */
    2887, /* ImplantTemplate3DModelSurfaceNumber */
    3359, /* ImplantTemplateGroupDescription */
    3360, /* ImplantTemplateGroupIssuer */
    3365, /* ImplantTemplateGroupMemberID */
    3368, /* ImplantTemplateGroupMemberMatching2DCoordinatesSequence */
    3364, /* ImplantTemplateGroupMembersSequence */
    3358, /* ImplantTemplateGroupName */
    3363, /* ImplantTemplateGroupTargetAnatomySequence */
    3372, /* ImplantTemplateGroupVariationDimensionName */
    3375, /* ImplantTemplateGroupVariationDimensionRank */
    3373, /* ImplantTemplateGroupVariationDimensionRankSequence */
    3371, /* ImplantTemplateGroupVariationDimensionSequence */
    3361, /* ImplantTemplateGroupVersion */
    2860, /* ImplantTemplateVersion */
    2862, /* ImplantType */
    2893, /* ImplantTypeCodeSequence */
    51, /* ImplementationClassUID */
    52, /* ImplementationVersionName */
    4613, /* Impressions */
    1464, /* InConcatenationNumber */
    1465, /* InConcatenationTotalNumber */
    726, /* InPlanePhaseEncodingDirection */
    1450, /* InStackPositionNumber */
    3567, /* IncludeDisplayApplication */
    3566, /* IncludeNonDICOMObjects */
    2069, /* IncludesImagingSubject */
    2073, /* IncludesInformation */
    1784, /* IndexNormalsFlag */
    1785, /* IndexProbability */
    1786, /* IndexProbabilitySequence */
    2867, /* InformationFromManufacturerSequence */
    2869, /* InformationIssueDateTime */
    2870, /* InformationSummary */
    546, /* InitialCineRunState */
    8, /* Initiator */
    2297, /* InputAvailabilityFlag */
    2298, /* InputInformationSequence */
    2315, /* InputReadinessState */
    3065, /* InputSequencePositionIndex */
    125, /* InstanceAvailability */
    96, /* InstanceCoercionDateTime */
    93, /* InstanceCreationDate */
    94, /* InstanceCreationTime */
    95, /* InstanceCreatorUID */
    4505, /* InstanceLevelReferencedPerformedProcedureStepSequence */
    1395, /* InstanceNumber */
    3450, /* InstanceOriginStatus */
    135, /* InstitutionAddress */
    136, /* InstitutionCodeSequence */
    134, /* InstitutionName */
    197, /* InstitutionalDepartmentName */
    198, /* InstitutionalDepartmentTypeCodeSequence */
    1351, /* InstructionDescription */
    1349, /* InstructionIndex */
    1354, /* InstructionPerformanceComment */
    1353, /* InstructionPerformedDateTime */
    1352, /* InstructionPerformedFlag */
    1348, /* InstructionSequence */
    1350, /* InstructionText */
    348, /* InsurancePlanIdentification */
    4562, /* IntendedDeliveryDuration */
    4569, /* IntendedFractionStartTime */
    4232, /* IntendedNumberOfFractions */
    4514, /* IntendedPhaseEndDate */
    4513, /* IntendedPhaseStartDate */
    4512, /* IntendedRTTreatmentPhaseSequence */
    2261, /* IntendedRecipientsOfResultsIdentificationSequence */
    4570, /* IntendedStartDayOfWeek */
    1183, /* IntensifierActiveDimensions */
    1182, /* IntensifierActiveShape */
    673, /* IntensifierSize */
    2640, /* InterMarkerDistance */
    4347, /* InterlockCodeSequence */
    4344, /* InterlockDateTime */
    4345, /* InterlockDescription */
    4357, /* InterlockOriginDescription */
    4346, /* InterlockOriginatingDeviceSequence */
    4348, /* InterlockResolutionCodeSequence */
    4349, /* InterlockResolutionUserSequence */
    4343, /* InterlockSequence */
    2529, /* IntermediatePupillaryDistance */
    480, /* InteroperabilityIndex */
    481, /* InteroperabilityVersion */
    2672, /* InterpolationType */
    4601, /* InterpretationApprovalDate */
    4602, /* InterpretationApprovalTime */
    4600, /* InterpretationApproverSequence */
    4599, /* InterpretationAuthor */
    4605, /* InterpretationDiagnosisCodeSequence */
    4604, /* InterpretationDiagnosisDescription */
    4609, /* InterpretationID */
    4610, /* InterpretationIDIssuer */
    4591, /* InterpretationRecordedDate */
    4592, /* InterpretationRecordedTime */
    4593, /* InterpretationRecorder */
    4612, /* InterpretationStatusID */
    4598, /* InterpretationText */
    4597, /* InterpretationTranscriber */
    4595, /* InterpretationTranscriptionDate */
    4596, /* InterpretationTranscriptionTime */
    4611, /* InterpretationTypeID */
    1398, /* IntervalNumber */
    632, /* IntervalsAcquired */
    633, /* IntervalsRejected */
    544, /* InterventionDescription */
    532, /* InterventionDrugCodeSequence */
    531, /* InterventionDrugDose */
    529, /* InterventionDrugInformationSequence */
    538, /* InterventionDrugName */
    539, /* InterventionDrugStartTime */
    530, /* InterventionDrugStopTime */
    540, /* InterventionSequence */
    542, /* InterventionStatus */
    1522, /* IntraOcularPressure */
    1635, /* IntraocularLensCalculationsLeftEyeSequence */
    1634, /* IntraocularLensCalculationsRightEyeSequence */
    2663, /* IntravascularFrameContentSequence */
    2664, /* IntravascularLongitudinalDistance */
    2665, /* IntravascularOCTFrameContentSequence */
    2661, /* IntravascularOCTFrameTypeSequence */
    927, /* InversionRecovery */
    557, /* InversionTime */
    985, /* InversionTimes */
    4137, /* IonBeamLimitingDeviceSequence */
    4136, /* IonBeamSequence */
    4138, /* IonBlockSequence */
    3700, /* IonControlPointDeliverySequence */
    4139, /* IonControlPointSequence */
    3296, /* IonControlPointVerificationSequence */
    3292, /* IonMachineVerificationSequence */
    4073, /* IonRangeCompensatorSequence */
    4135, /* IonToleranceTableSequence */
    4141, /* IonWedgePositionSequence */
    4140, /* IonWedgeSequence */
    1219, /* IrradiationEventIdentificationSequence */
    284, /* IrradiationEventUID */
    3946, /* IsocenterPosition */
    1205, /* IsocenterReferenceSystemSequence */
    3857, /* IsocenterToBeamLimitingDeviceDistance */
    3908, /* IsocenterToBlockTrayDistance */
    4070, /* IsocenterToCompensatorDistances */
    4068, /* IsocenterToCompensatorTrayDistance */
    4152, /* IsocenterToGeneralAccessoryDistance */
    4117, /* IsocenterToLateralSpreadingDeviceDistance */
    4123, /* IsocenterToRangeModulatorDistance */
    4113, /* IsocenterToRangeShifterDistance */
    3880, /* IsocenterToWedgeTrayDistance */
    1396, /* IsotopeNumber */
    2270, /* IssueDateOfImagingServiceRequest */
    2271, /* IssueTimeOfImagingServiceRequest */
    120, /* IssuerOfAccessionNumberSequence */
    2078, /* IssuerOfAdmissionID */
    2079, /* IssuerOfAdmissionIDSequence */
    307, /* IssuerOfPatientID */
    309, /* IssuerOfPatientIDQualifiersSequence */
    2094, /* IssuerOfServiceEpisodeID */
    2096, /* IssuerOfServiceEpisodeIDSequence */
    2220, /* IssuerOfTheContainerIdentifierSequence */
    2233, /* IssuerOfTheSpecimenIdentifierSequence */
    3013, /* Italic */
    4637, /* Item */
    4638, /* ItemDelimitationItem */
    1401, /* ItemNumber */
    1310, /* IterativeReconstructionMethod */
    973, /* KSpaceFiltering */
    548, /* KVP */
    2587, /* KeratoconusPredictionIndex */
    1572, /* KeratometerIndex */
    2536, /* KeratometricAxis */
    2535, /* KeratometricPower */
    2532, /* KeratometryLeftEyeSequence */
    1597, /* KeratometryMeasurementTypeCodeSequence */
    2531, /* KeratometryRightEyeSequence */
    1938, /* LUTData */
    1935, /* LUTDescriptor */
    1936, /* LUTExplanation */
    2030, /* LUTFrameRange */
    2023, /* LUTFunction */
    2330, /* LUTLabel */
    1405, /* LUTNumber */
    3561, /* LabelStyleSelection */
    3560, /* LabelText */
    3559, /* LabelUsingInformationExtractedFromInstances */
    90, /* LanguageCodeSequence */
    2446, /* LanguageCodeSequenceTrial */
    1901, /* LargeBluePaletteColorLookupTableData */
    1892, /* LargeBluePaletteColorLookupTableDescriptor */
    1900, /* LargeGreenPaletteColorLookupTableData */
    1891, /* LargeGreenPaletteColorLookupTableDescriptor */
    1902, /* LargePaletteColorLookupTableUID */
    1899, /* LargeRedPaletteColorLookupTableData */
    1890, /* LargeRedPaletteColorLookupTableDescriptor */
    1832, /* LargestImagePixelValue */
    1836, /* LargestImagePixelValueInPlane */
    2008, /* LargestMonochromePixelValue */
    1834, /* LargestPixelValueInSeries */
    1830, /* LargestValidPixelValue */
    365, /* LastMenstrualDate */
    4095, /* LateralSpreadingDeviceDescription */
    4093, /* LateralSpreadingDeviceID */
    4092, /* LateralSpreadingDeviceNumber */
    4091, /* LateralSpreadingDeviceSequence */
    4116, /* LateralSpreadingDeviceSetting */
    4115, /* LateralSpreadingDeviceSettingsSequence */
    4094, /* LateralSpreadingDeviceType */
    4096, /* LateralSpreadingDeviceWaterEquivalentThickness */
    1413, /* Laterality */
    3933, /* LeafJawPositions */
    3859, /* LeafPositionBoundaries */
    1542, /* LeftImageSequence */
    2511, /* LeftLensSequence */
    88, /* LengthToEnd */
    1595, /* LensConstantDescription */
    1593, /* LensConstantSequence */
    2509, /* LensDescription */
    477, /* LensMake */
    478, /* LensModel */
    2519, /* LensSegmentType */
    479, /* LensSerialNumber */
    476, /* LensSpecification */
    1568, /* LensStatusCodeSequence */
    1590, /* LensStatusDescription */
    1610, /* LensThickness */
    1605, /* LensThicknessSequence */
    1535, /* LensesCodeSequence */
    808, /* LesionNumber */
    3101, /* LightDirection */
    1513, /* LightPathFilterPassBand */
    1512, /* LightPathFilterPassThroughWavelength */
    1533, /* LightPathFilterTypeStackCodeSequence */
    447, /* LightSource */
    513, /* LightSourcePolarization */
    3017, /* LineDashingStyle */
    3018, /* LinePattern */
    2823, /* LineSequence */
    3001, /* LineStyleSequence */
    3016, /* LineThickness */
    2482, /* ListOfMIMETypes */
    1732, /* LocalDeviationProbabilityNormalsFlag */
    2167, /* LocalNamespaceEntityID */
    1728, /* LocalizedDeviationFromNormal */
    1733, /* LocalizedDeviationProbability */
    1743, /* LocalizedDeviationProbabilitySequence */
    799, /* LocalizingCursorPosition */
    1411, /* Location */
    164, /* LongCodeValue */
    2647, /* LongDeviceDescription */
    2841, /* LongEdgePointIndexList */
    2839, /* LongPrimitivePointIndexList */
    2840, /* LongTrianglePointIndexList */
    2842, /* LongVertexPointIndexList */
    391, /* LongitudinalTemporalEventType */
    1847, /* LongitudinalTemporalInformationModified */
    390, /* LongitudinalTemporalOffsetFromEvent */
    1931, /* LossyImageCompression */
    1933, /* LossyImageCompressionMethod */
    1932, /* LossyImageCompressionRatio */
    243, /* LossyImageCompressionRetired */
    630, /* LowRRValue */
    1966, /* LuminanceCharacteristicsID */
    1989, /* LuminanceResponseDescription */
    1985, /* LuminanceResponseSequence */
    1993, /* LuminanceResultSequence */
    1996, /* LuminanceUniformityResultSequence */
    1988, /* LuminanceValue */
    3438, /* MAC */
    3426, /* MACAlgorithm */
    3425, /* MACCalculationTransferSyntaxUID */
    3424, /* MACIDNumber */
    4615, /* MACParametersSequence */
    2480, /* MIMETypeOfEncapsulatedDocument */
    3085, /* MPRSlabThickness */
    3084, /* MPRThicknessType */
    3086, /* MPRTopLeftHandCorner */
    3092, /* MPRViewHeight */
    3091, /* MPRViewHeightDirection */
    3088, /* MPRViewWidth */
    3087, /* MPRViewWidthDirection */
    967, /* MRAcquisitionFrequencyEncodingSteps */
    1056, /* MRAcquisitionPhaseEncodingStepsInPlane */
    1057, /* MRAcquisitionPhaseEncodingStepsOutOfPlane */
    526, /* MRAcquisitionType */
    1064, /* MRArterialSpinLabelingSequence */
    1014, /* MRAveragesSequence */
    81, /* MRDRDirectoryRecordOffset */
    1012, /* MRDiffusionSequence */
    1010, /* MREchoSequence */
    1015, /* MRFOVGeometrySequence */
    1054, /* MRImageFrameTypeSequence */
    925, /* MRImagingModifierSequence */
    1020, /* MRMetaboliteMapSequence */
    1011, /* MRModifierSequence */
    954, /* MRReceiveCoilSequence */
    1008, /* MRSpatialSaturationSequence */
    1048, /* MRSpectroscopyAcquisitionType */
    1004, /* MRSpectroscopyFOVGeometrySequence */
    1055, /* MRSpectroscopyFrameTypeSequence */
    1009, /* MRTimingAndRelatedParametersSequence */
    961, /* MRTransmitCoilSequence */
    1045, /* MRVelocityEncodingSequence */
    4329, /* MachineSpecificTreatmentTerminationCodeSequence */
    562, /* MagneticFieldStrength */
    937, /* MagnetizationTransfer */
    3485, /* MagnificationType */
    3524, /* MagnifyToNumberOfColumns */
    3031, /* MajorTicksSequence */
    450, /* MakerNote */
    3348, /* MandatoryComponentType */
    2801, /* Manifold */
    1804, /* ManipulatedImage */
    133, /* Manufacturer */
    580, /* ManufacturerDeviceClassUID */
    4504, /* ManufacturerDeviceIdentifier */
    210, /* ManufacturerModelName */
    4463, /* ManufacturerModelVersion */
    173, /* ManufacturerRelatedModelGroup */
    1644, /* MappedPixelValue */
    147, /* MappingResource */
    169, /* MappingResourceIdentificationSequence */
    167, /* MappingResourceName */
    163, /* MappingResourceUID */
    1952, /* MaskFrameNumbers */
    1950, /* MaskOperation */
    1956, /* MaskOperationExplanation */
    1947, /* MaskPointers */
    2022, /* MaskSelectionMode */
    1954, /* MaskSubPixelShift */
    1949, /* MaskSubtractionSequence */
    2024, /* MaskVisibilityPercentage */
    1416, /* MaskingImage */
    1164, /* MaterialAttenuationSequence */
    1159, /* MaterialCodeSequence */
    3887, /* MaterialID */
    407, /* MaterialPropertiesFileFormatRetired */
    2891, /* MaterialsCodeSequence */
    2900, /* MatingFeatureDegreeOfFreedomSequence */
    2899, /* MatingFeatureID */
    2898, /* MatingFeatureSequence */
    2896, /* MatingFeatureSetID */
    2897, /* MatingFeatureSetLabel */
    2895, /* MatingFeatureSetsSequence */
    3038, /* MatrixRegistrationSequence */
    3039, /* MatrixSequence */
    444, /* MaxApertureValue */
    3494, /* MaxDensity */
    1556, /* MaximumAcrossScanDistortion */
    1551, /* MaximumAlongScanDistortion */
    3498, /* MaximumCollatedFilms */
    4648, /* MaximumCoordinateValue */
    2577, /* MaximumCornealCurvature */
    2578, /* MaximumCornealCurvatureLocation */
    2576, /* MaximumCornealCurvatureSequence */
    1549, /* MaximumDepthDistortion */
    2775, /* MaximumFractionalValue */
    3465, /* MaximumMemoryAllocation */
    4308, /* MaximumNominalEnergy */
    4518, /* MaximumNumberOfIntervalDays */
    2809, /* MaximumPointDistance */
    1690, /* MaximumStimulusLuminance */
    1909, /* MaximumStoredValueMapped */
    2808, /* MeanPointDistance */
    344, /* MeasuredAPDimension */
    1995, /* MeasuredCharacteristics */
    3681, /* MeasuredDoseDescription */
    3716, /* MeasuredDoseReferenceNumber */
    3680, /* MeasuredDoseReferenceSequence */
    3682, /* MeasuredDoseType */
    3683, /* MeasuredDoseValue */
    345, /* MeasuredLateralDimension */
    4353, /* MeasuredMetersetToDoseMappingSequence */
    2412, /* MeasuredValueSequence */
    2405, /* MeasurementAutomationTrial */
    1975, /* MeasurementEquipmentSequence */
    1977, /* MeasurementEquipmentType */
    1976, /* MeasurementFunctions */
    1767, /* MeasurementLaterality */
    2002, /* MeasurementPatternCodeSequence */
    2354, /* MeasurementPrecisionDescriptionTrial */
    2248, /* MeasurementUnitsCodeSequence */
    2856, /* MeasurementValuesSequence */
    2851, /* MeasurementsSequence */
    2195, /* MeasuringUnitsSequence */
    816, /* MechanicalIndex */
    3562, /* MediaDisposition */
    3474, /* MediaInstalledSequence */
    48, /* MediaStorageSOPClassUID */
    49, /* MediaStorageSOPInstanceUID */
    354, /* MedicalAlerts */
    352, /* MedicalRecordLocator */
    3461, /* MediumType */
    3464, /* MemoryAllocation */
    3472, /* MemoryBitDepth */
    6, /* MessageID */
    7, /* MessageIDBeingRespondedTo */
    33, /* MessageSetID */
    989, /* MetaboliteMapCodeSequence */
    986, /* MetaboliteMapDescription */
    446, /* MeteringMode */
    3592, /* MetersetExposure */
    4110, /* MetersetRate */
    3704, /* MetersetRateDelivered */
    3703, /* MetersetRateSet */
    4211, /* MetersetToDoseMappingSequence */
    1007, /* MidSlabPosition */
    350, /* MilitaryRank */
    3493, /* MinDensity */
    4647, /* MinimumCoordinateValue */
    4568, /* MinimumHoursBetweenFractions */
    2579, /* MinimumKeratometricSequence */
    4307, /* MinimumNominalEnergy */
    4517, /* MinimumNumberOfIntervalDays */
    1761, /* MinimumSensitivityValue */
    1908, /* MinimumStoredValueMapped */
    128, /* ModalitiesInStudy */
    127, /* Modality */
    1934, /* ModalityLUTSequence */
    1937, /* ModalityLUTType */
    2660, /* ModeOfPercutaneousAccessSequence */
    2932, /* ModelGroupUID */
    2930, /* ModelMirroring */
    2929, /* ModelModification */
    1346, /* ModelSpecificationSequence */
    2931, /* ModelUsageCodeSequence */
    3412, /* ModifiableConstraintFlag */
    3442, /* ModifiedAttributesSequence */
    1442, /* ModifiedImageDate */
    1445, /* ModifiedImageDescription */
    1441, /* ModifiedImageID */
    1444, /* ModifiedImageTime */
    2406, /* ModifierCodeSequence */
    1440, /* ModifyingDeviceID */
    1443, /* ModifyingDeviceManufacturer */
    3447, /* ModifyingSystem */
    4079, /* ModulatedScanModeType */
    1158, /* MonoenergeticEnergyEquivalent */
    3710, /* MostRecentTreatmentDate */
    4144, /* MotionSynchronizationSequence */
    11, /* MoveDestination */
    29, /* MoveOriginatorApplicationEntityTitle */
    30, /* MoveOriginatorMessageID */
    958, /* MultiCoilConfiguration */
    957, /* MultiCoilDefinitionSequence */
    959, /* MultiCoilElementName */
    960, /* MultiCoilElementUsed */
    2028, /* MultiFramePresentationSequence */
    233, /* MultiFrameSourceSOPInstanceUID */
    930, /* MultiPlanarExcitation */
    3083, /* MultiPlanarReconstructionStyle */
    1157, /* MultienergyAcquisitionDescription */
    1131, /* MultienergyCTAcquisition */
    1132, /* MultienergyCTAcquisitionSequence */
    1134, /* MultienergyCTCharacteristicsSequence */
    1156, /* MultienergyCTPathIndex */
    1155, /* MultienergyCTPathSequence */
    1133, /* MultienergyCTProcessingSequence */
    1145, /* MultienergyCTXRayDetectorSequence */
    1135, /* MultienergyCTXRaySourceSequence */
    1148, /* MultienergyDetectorType */
    1138, /* MultienergySourceTechnique */
    2287, /* MultipleCopiesFlag */
    929, /* MultipleSpinEcho */
    2109, /* MultiplexGroupLabel */
    614, /* MultiplexGroupTimeOffset */
    2143, /* MultiplexGroupUID */
    2140, /* MultiplexedAudioChannelsDescriptionCodeSequence */
    1538, /* MydriaticAgentCodeSequence */
    1557, /* MydriaticAgentConcentration */
    1554, /* MydriaticAgentConcentrationUnitsSequence */
    1561, /* MydriaticAgentSequence */
    787, /* NTPSourceAddress */
    203, /* NameOfPhysiciansReadingStudy */
    2260, /* NamesOfIntendedRecipientsOfResults */
    3215, /* NavigationDisplaySet */
    3214, /* NavigationIndicatorSequence */
    2528, /* NearPupillaryDistance */
    1709, /* NegativeCatchTrialsQuantity */
    191, /* NetworkID */
    3928, /* NominalBeamEnergy */
    3790, /* NominalBeamEnergyUnit */
    1457, /* NominalCardiacTriggerDelayTime */
    1458, /* NominalCardiacTriggerTimePriorToRPeak */
    4306, /* NominalEnergy */
    608, /* NominalInterval */
    1150, /* NominalMaxEnergy */
    1151, /* NominalMinEnergy */
    1477, /* NominalPercentageOfCardiacPhase */
    1478, /* NominalPercentageOfRespiratoryPhase */
    3793, /* NominalPriorDose */
    4170, /* NominalRangeModulatedRegionDepths */
    4169, /* NominalRangeModulationFractions */
    1488, /* NominalRespiratoryTriggerDelayTime */
    794, /* NominalScannedPixelSpacing */
    3199, /* NominalScreenDefinitionSequence */
    2308, /* NonDICOMOutputCodeSequence */
    1307, /* NonUniformRadialSamplingCorrected */
    3444, /* NonconformingDataElementValue */
    3443, /* NonconformingModifiedAttributesSequence */
    178, /* NonidentifyingPrivateElements */
    38, /* NormalReverse */
    1861, /* NormalizationFactorFormat */
    3605, /* NormalizationPoint */
    2129, /* NotchFilterBandwidth */
    2128, /* NotchFilterFrequency */
    2868, /* NotificationFromManufacturerSequence */
    118, /* NuclearMedicineSeriesType */
    2944, /* NumberOfAnnotations */
    3393, /* NumberOfAssessmentObservations */
    558, /* NumberOfAverages */
    3829, /* NumberOfBeams */
    4159, /* NumberOfBlockSlabItems */
    3902, /* NumberOfBlocks */
    3899, /* NumberOfBoli */
    4294, /* NumberOfBoluses */
    3847, /* NumberOfBrachyApplicationSetups */
    1678, /* NumberOfBscansPerFrame */
    4656, /* NumberOfChannels */
    3886, /* NumberOfCompensators */
    26, /* NumberOfCompletedSuboperations */
    3651, /* NumberOfContourPoints */
    3925, /* NumberOfControlPoints */
    3458, /* NumberOfCopies */
    2684, /* NumberOfDetectors */
    1958, /* NumberOfDisplaySubsystems */
    2675, /* NumberOfEnergyWindows */
    251, /* NumberOfEventTimers */
    27, /* NumberOfFailedSuboperations */
    3541, /* NumberOfFilms */
    2607, /* NumberOfFocalPlanes */
    3826, /* NumberOfFractionPatternDigitsPerDay */
    4561, /* NumberOfFractions */
    3711, /* NumberOfFractionsDelivered */
    4424, /* NumberOfFractionsIncluded */
    3825, /* NumberOfFractionsPlanned */
    1792, /* NumberOfFrames */
    4669, /* NumberOfFramesInOverlay */
    2689, /* NumberOfFramesInPhase */
    2696, /* NumberOfFramesInRotation */
    4292, /* NumberOfGeneralAccessories */
    2964, /* NumberOfGraphicPoints */
    3201, /* NumberOfHorizontalPixels */
    4560, /* NumberOfIntervalFractions */
    1293, /* NumberOfIterations */
    997, /* NumberOfKSpaceTrajectories */
    4090, /* NumberOfLateralSpreadingDevices */
    3858, /* NumberOfLeafJawPairs */
    1984, /* NumberOfLuminancePoints */
    1665, /* NumberOfMapPoints */
    14, /* NumberOfMatches */
    2629, /* NumberOfOpticalPaths */
    2671, /* NumberOfPaddedALines */
    4134, /* NumberOfPaintings */
    4250, /* NumberOfParallelRTBeamDelimiters */
    1436, /* NumberOfPatientRelatedInstances */
    1435, /* NumberOfPatientRelatedSeries */
    1434, /* NumberOfPatientRelatedStudies */
    4313, /* NumberOfPatientSupportDevices */
    564, /* NumberOfPhaseEncodingSteps */
    2687, /* NumberOfPhases */
    4641, /* NumberOfPoints */
    774, /* NumberOfPolygonalVertices */
    3146, /* NumberOfPriorsReferenced */
    4039, /* NumberOfPulses */
    2698, /* NumberOfRRIntervals */
    4290, /* NumberOfRTAccessoryHolders */
    4265, /* NumberOfRTBeamLimitingDeviceOpenings */
    4243, /* NumberOfRTBeamLimitingDevices */
    4183, /* NumberOfRTControlPoints */
    4311, /* NumberOfRadiationGenerationModes */
    4097, /* NumberOfRangeModulators */
    4084, /* NumberOfRangeShifters */
    86, /* NumberOfReferences */
    25, /* NumberOfRemainingSuboperations */
    2694, /* NumberOfRotations */
    4657, /* NumberOfSamples */
    4127, /* NumberOfScanSpotPositions */
    3198, /* NumberOfScreens */
    1439, /* NumberOfSeriesRelatedInstances */
    2706, /* NumberOfSlices */
    248, /* NumberOfStages */
    1438, /* NumberOfStudyRelatedInstances */
    1437, /* NumberOfStudyRelatedSeries */
    1294, /* NumberOfSubsets */
    2805, /* NumberOfSurfacePoints */
    2791, /* NumberOfSurfaces */
    870, /* NumberOfTableBreakPoints */
    2449, /* NumberOfTableColumns */
    873, /* NumberOfTableEntries */
    2448, /* NumberOfTableRows */
    1868, /* NumberOfTables */
    1419, /* NumberOfTemporalPositions */
    2709, /* NumberOfTimeSlices */
    2702, /* NumberOfTimeSlots */
    747, /* NumberOfTomosynthesisSourceImages */
    1851, /* NumberOfTransformSteps */
    2713, /* NumberOfTriggersInPhase */
    2813, /* NumberOfVectors */
    3200, /* NumberOfVerticalPixels */
    252, /* NumberOfViewsInStage */
    1702, /* NumberOfVisualStimuli */
    3089, /* NumberOfVolumetricCurvePoints */
    28, /* NumberOfWarningSuboperations */
    2106, /* NumberOfWaveformChannels */
    2107, /* NumberOfWaveformSamples */
    4263, /* NumberOfWedgePositions */
    3871, /* NumberOfWedges */
    975, /* NumberOfZeroFills */
    2415, /* NumericValue */
    2413, /* NumericValueQualifierCodeSequence */
    2652, /* OCTAcquisitionDomain */
    1677, /* OCTBscanAnalysisAcquisitionParametersSequence */
    2649, /* OCTFocalDistance */
    2653, /* OCTOpticalCenterWavelength */
    2662, /* OCTZOffsetApplied */
    2666, /* OCTZOffsetCorrection */
    415, /* OECFColumnNames */
    414, /* OECFColumns */
    413, /* OECFRows */
    416, /* OECFValues */
    2363, /* ObjectBinaryIdentifierTrial */
    2374, /* ObjectDirectoryBinaryIdentifierTrial */
    1170, /* ObjectPixelSpacingInCenterOfBeam */
    1202, /* ObjectThicknessSequence */
    2619, /* ObjectiveLensNumericalAperture */
    2618, /* ObjectiveLensPower */
    3079, /* ObliqueCroppingPlaneSequence */
    3404, /* ObservationBasisCodeSequence */
    2394, /* ObservationCategoryCodeSequenceTrial */
    2350, /* ObservationDateTime */
    2403, /* ObservationDateTrial */
    3396, /* ObservationDescription */
    3657, /* ObservationNumber */
    3395, /* ObservationSignificance */
    2351, /* ObservationStartDateTime */
    2431, /* ObservationSubjectClassTrial */
    2440, /* ObservationSubjectContextFlagTrial */
    2432, /* ObservationSubjectTypeCodeSequenceTrial */
    2430, /* ObservationSubjectUIDTrial */
    2404, /* ObservationTimeTrial */
    2398, /* ObservationUID */
    2441, /* ObserverContextFlagTrial */
    2371, /* ObserverType */
    361, /* Occupation */
    17, /* OffendingElement */
    1333, /* OffsetDirection */
    1332, /* OffsetDistance */
    77, /* OffsetOfReferencedLowerLevelDirectoryEntity */
    71, /* OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity */
    72, /* OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity */
    75, /* OffsetOfTheNextDirectoryRecord */
    3334, /* OmittedApplicationSetupSequence */
    4416, /* OmittedBeamTaskSequence */
    3329, /* OmittedChannelSequence */
    4361, /* OmittedRadiationSequence */
    281, /* OnAxisBackgroundAnatomicStructureCodeSequenceTrial */
    1034, /* OperatingMode */
    1032, /* OperatingModeSequence */
    1033, /* OperatingModeType */
    206, /* OperatorIdentificationSequence */
    205, /* OperatorsName */
    1673, /* OphthalmicAnatomicReferencePointXCoordinate */
    1674, /* OphthalmicAnatomicReferencePointYCoordinate */
    1567, /* OphthalmicAxialLength */
    1618, /* OphthalmicAxialLengthAcquisitionMethodCodeSequence */
    1617, /* OphthalmicAxialLengthDataSourceCodeSequence */
    1620, /* OphthalmicAxialLengthDataSourceDescription */
    1616, /* OphthalmicAxialLengthMeasurementModified */
    1623, /* OphthalmicAxialLengthMeasurementsLengthSummationSequence */
    1600, /* OphthalmicAxialLengthMeasurementsSegmentNameCodeSequence */
    1622, /* OphthalmicAxialLengthMeasurementsSegmentalLengthSequence */
    1586, /* OphthalmicAxialLengthMeasurementsSequence */
    1621, /* OphthalmicAxialLengthMeasurementsTotalLengthSequence */
    1565, /* OphthalmicAxialLengthMeasurementsType */
    1657, /* OphthalmicAxialLengthMethod */
    1631, /* OphthalmicAxialLengthQualityMetricSequence */
    1632, /* OphthalmicAxialLengthQualityMetricTypeCodeSequence */
    1633, /* OphthalmicAxialLengthQualityMetricTypeDescription */
    1627, /* OphthalmicAxialLengthSelectionMethodCodeSequence */
    1566, /* OphthalmicAxialLengthSequence */
    1589, /* OphthalmicAxialLengthVelocity */
    1564, /* OphthalmicAxialMeasurementsDeviceType */
    1563, /* OphthalmicAxialMeasurementsLeftEyeSequence */
    1562, /* OphthalmicAxialMeasurementsRightEyeSequence */
    1675, /* OphthalmicEnFaceImageQualityRatingSequence */
    1658, /* OphthalmicFOV */
    1546, /* OphthalmicFrameLocationSequence */
    1552, /* OphthalmicImageOrientation */
    1668, /* OphthalmicImageTypeCodeSequence */
    1669, /* OphthalmicImageTypeDescription */
    1637, /* OphthalmicMappingDeviceType */
    1768, /* OphthalmicPatientClinicalInformationLeftEyeSequence */
    1769, /* OphthalmicPatientClinicalInformationRightEyeSequence */
    1653, /* OphthalmicThicknessMapQualityRatingSequence */
    1646, /* OphthalmicThicknessMapQualityThresholdSequence */
    1647, /* OphthalmicThicknessMapThresholdQualityRating */
    1640, /* OphthalmicThicknessMapTypeCodeSequence */
    1641, /* OphthalmicThicknessMappingNormalsSequence */
    1578, /* OphthalmicUltrasoundMethodCodeSequence */
    1672, /* OphthalmicVolumetricPropertiesFlag */
    517, /* OpticalMagnificationFactor */
    1625, /* OpticalOphthalmicAxialLengthMeasurementsSequence */
    2614, /* OpticalPathDescription */
    2624, /* OpticalPathIdentificationSequence */
    2613, /* OpticalPathIdentifier */
    2612, /* OpticalPathSequence */
    1628, /* OpticalSelectedOphthalmicAxialLengthSequence */
    2520, /* OpticalTransmittance */
    2539, /* Optotype */
    2564, /* OptotypeDetailedDefinition */
    2540, /* OptotypePresentation */
    2276, /* OrderCallbackPhoneNumber */
    2277, /* OrderCallbackTelecomInformation */
    2274, /* OrderEnteredBy */
    2275, /* OrderEntererLocation */
    2166, /* OrderFillerIdentifierSequence */
    2165, /* OrderPlacerIdentifierSequence */
    3802, /* OrganAtRiskFullVolumeDose */
    3803, /* OrganAtRiskLimitDose */
    3804, /* OrganAtRiskMaximumDose */
    3805, /* OrganAtRiskOverdoseVolumeFraction */
    2207, /* OrganDose */
    2208, /* OrganExposed */
    2508, /* OrganizationalRoleCodeSequence */
    3445, /* OriginalAttributesSequence */
    1447, /* OriginalImageIdentification */
    1448, /* OriginalImageIdentificationNomenclature */
    3558, /* OriginalImageSequence */
    3340, /* OriginalImplantAssemblyTemplateSequence */
    2864, /* OriginalImplantTemplateSequence */
    102, /* OriginalSpecializedSOPClassUID */
    4444, /* OriginatingSOPInstanceReferenceSequence */
    3538, /* Originator */
    240, /* OtherFailuresSequence */
    3488, /* OtherMagnificationTypesAvailable */
    3475, /* OtherMediaAvailableSequence */
    336, /* OtherPatientIDs */
    338, /* OtherPatientIDsSequence */
    337, /* OtherPatientNames */
    2530, /* OtherPupillaryDistance */
    3490, /* OtherSmoothingTypesAvailable */
    1433, /* OtherStudyNumbers */
    768, /* OutlineLeftVerticalEdge */
    771, /* OutlineLowerHorizontalEdge */
    769, /* OutlineRightVerticalEdge */
    767, /* OutlineShapeType */
    770, /* OutlineUpperHorizontalEdge */
    2319, /* OutputDestinationSequence */
    2309, /* OutputInformationSequence */
    810, /* OutputPower */
    2872, /* OverallTemplateSpatialTolerance */
    4691, /* OverlayActivationLayer */
    3526, /* OverlayBackgroundDensity */
    4684, /* OverlayBitPosition */
    4683, /* OverlayBitsAllocated */
    4690, /* OverlayBitsForCodeWord */
    4682, /* OverlayBitsGrouped */
    4687, /* OverlayCodeLabel */
    4689, /* OverlayCodeTableLocation */
    4667, /* OverlayColumns */
    4705, /* OverlayComments */
    4676, /* OverlayCompressionCode */
    4679, /* OverlayCompressionDescription */
    4678, /* OverlayCompressionLabel */
    4677, /* OverlayCompressionOriginator */
    4680, /* OverlayCompressionStepPointers */
    4704, /* OverlayData */
    107, /* OverlayDate */
    4670, /* OverlayDescription */
    4695, /* OverlayDescriptorBlue */
    4692, /* OverlayDescriptorGray */
    4694, /* OverlayDescriptorGreen */
    4693, /* OverlayDescriptorRed */
    3525, /* OverlayForegroundDensity */
    4685, /* OverlayFormat */
    4703, /* OverlayLabel */
    4686, /* OverlayLocation */
    3521, /* OverlayMagnificationType */
    3527, /* OverlayMode */
    1403, /* OverlayNumber */
    4688, /* OverlayNumberOfTables */
    3523, /* OverlayOrImageMagnification */
    4673, /* OverlayOrigin */
    3520, /* OverlayPixelDataSequence */
    4675, /* OverlayPlaneOrigin */
    4668, /* OverlayPlanes */
    4681, /* OverlayRepeatInterval */
    4666, /* OverlayRows */
    3522, /* OverlaySmoothingType */
    4672, /* OverlaySubtype */
    114, /* OverlayTime */
    4671, /* OverlayType */
    45, /* Overlays */
    4699, /* OverlaysBlue */
    4696, /* OverlaysGray */
    4698, /* OverlaysGreen */
    4697, /* OverlaysRed */
    3294, /* OverriddenAttributesSequence */
    4350, /* OverrideDateTime */
    3714, /* OverrideParameterPointer */
    3718, /* OverrideReason */
    3712, /* OverrideSequence */
    945, /* OversamplingPhase */
    3540, /* OwnerID */
    1287, /* PETDetectorMotionDetailsSequence */
    1286, /* PETFrameAcquisitionSequence */
    1290, /* PETFrameCorrectionFactorsSequence */
    1296, /* PETFrameTypeSequence */
    1289, /* PETPositionSequence */
    1295, /* PETReconstructionSequence */
    1288, /* PETTableDynamicsSequence */
    634, /* PVCRejection */
    687, /* PaddleDescription */
    788, /* PageNumberVector */
    36, /* PagePositionID */
    2620, /* PaletteColorLookupTableSequence */
    1893, /* PaletteColorLookupTableUID */
    983, /* ParallelAcquisition */
    984, /* ParallelAcquisitionTechnique */
    4251, /* ParallelRTBeamDelimiterBoundaries */
    4246, /* ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequence */
    4249, /* ParallelRTBeamDelimiterDeviceSequence */
    4257, /* ParallelRTBeamDelimiterLeafMountingSide */
    4256, /* ParallelRTBeamDelimiterOpeningMode */
    4252, /* ParallelRTBeamDelimiterPositions */
    977, /* ParallelReductionFactorInPlane */
    1000, /* ParallelReductionFactorInPlaneRetired */
    1021, /* ParallelReductionFactorOutOfPlane */
    1024, /* ParallelReductionFactorSecondInPlane */
    3715, /* ParameterItemIndex */
    3717, /* ParameterPointer */
    3713, /* ParameterSequencePointer */
    3719, /* ParameterValueNumber */
    1347, /* ParametersSpecificationSequence */
    2326, /* ParametricMapFrameTypeSequence */
    3211, /* PartialDataDisplayHandling */
    987, /* PartialFourier */
    951, /* PartialFourierDirection */
    1911, /* PartialView */
    1913, /* PartialViewCodeSequence */
    1912, /* PartialViewDescription */
    2367, /* ParticipantSequence */
    2370, /* ParticipationDateTime */
    2369, /* ParticipationType */
    3970, /* PatientAdditionalPosition */
    347, /* PatientAddress */
    340, /* PatientAge */
    317, /* PatientAlternativeCalendar */
    313, /* PatientBirthDate */
    315, /* PatientBirthDateInAlternativeCalendar */
    339, /* PatientBirthName */
    314, /* PatientBirthTime */
    343, /* PatientBodyMassIndex */
    372, /* PatientBreedCodeSequence */
    371, /* PatientBreedDescription */
    2103, /* PatientClinicalTrialParticipationSequence */
    379, /* PatientComments */
    316, /* PatientDeathDateInAlternativeCalendar */
    4485, /* PatientEquipmentRelationshipCodeSequence */
    1517, /* PatientEyeMovementCommandCodeSequence */
    1516, /* PatientEyeMovementCommanded */
    1498, /* PatientFrameOfReferenceSource */
    2724, /* PatientGantryRelationshipCodeSequence */
    306, /* PatientID */
    393, /* PatientIdentityRemoved */
    2101, /* PatientInstitutionResidence */
    319, /* PatientInsurancePlanCodeSequence */
    3678, /* PatientLocationCoordinatesCodeSequence */
    3677, /* PatientLocationCoordinatesSequence */
    349, /* PatientMotherBirthName */
    1304, /* PatientMotionCorrected */
    305, /* PatientName */
    1700, /* PatientNotProperlyFixatedQuantity */
    1402, /* PatientOrientation */
    2722, /* PatientOrientationCodeSequence */
    1507, /* PatientOrientationInFrameSequence */
    2723, /* PatientOrientationModifierCodeSequence */
    1313, /* PatientPhysiologicalStateCodeSequence */
    1312, /* PatientPhysiologicalStateSequence */
    825, /* PatientPosition */
    1355, /* PatientPositioningInstructionSequence */
    320, /* PatientPrimaryLanguageCodeSequence */
    321, /* PatientPrimaryLanguageModifierCodeSequence */
    1729, /* PatientReliabilityIndicator */
    366, /* PatientReligiousPreference */
    3969, /* PatientSetupLabel */
    3968, /* PatientSetupNumber */
    4374, /* PatientSetupPhotoDescription */
    3967, /* PatientSetupSequence */
    4258, /* PatientSetupUID */
    318, /* PatientSex */
    369, /* PatientSexNeutered */
    341, /* PatientSize */
    342, /* PatientSizeCodeSequence */
    368, /* PatientSpeciesCodeSequence */
    367, /* PatientSpeciesDescription */
    1345, /* PatientSpecificationSequence */
    2102, /* PatientState */
    4106, /* PatientSupportAccessoryCode */
    3279, /* PatientSupportAdjustedAngle */
    3938, /* PatientSupportAngle */
    3814, /* PatientSupportAngleTolerance */
    4312, /* PatientSupportDevicesSequence */
    4382, /* PatientSupportDisplacementSequence */
    4105, /* PatientSupportID */
    4271, /* PatientSupportPositionDeviceParameterSequence */
    4274, /* PatientSupportPositionDeviceToleranceSequence */
    4273, /* PatientSupportPositionParameterOrderIndex */
    4269, /* PatientSupportPositionParameterSequence */
    3679, /* PatientSupportPositionSequence */
    4270, /* PatientSupportPositionSpecificationMethod */
    4275, /* PatientSupportPositionToleranceOrderIndex */
    4224, /* PatientSupportPositionToleranceSequence */
    3939, /* PatientSupportRotationDirection */
    4104, /* PatientSupportType */
    359, /* PatientTelecomInformation */
    358, /* PatientTelephoneNumbers */
    2253, /* PatientTransportArrangements */
    4487, /* PatientTreatmentOrientationSequence */
    4369, /* PatientTreatmentPreparationDeviceSequence */
    4367, /* PatientTreatmentPreparationMethodCodeSequence */
    4372, /* PatientTreatmentPreparationMethodDescription */
    4371, /* PatientTreatmentPreparationProcedureCodeSequence */
    4375, /* PatientTreatmentPreparationProcedureIndex */
    4368, /* PatientTreatmentPreparationProcedureParameterDescription */
    4373, /* PatientTreatmentPreparationProcedureParameterSequence */
    4370, /* PatientTreatmentPreparationProcedureSequence */
    346, /* PatientWeight */
    3015, /* PatternOffColorCIELabValue */
    3030, /* PatternOffOpacity */
    3014, /* PatternOnColorCIELabValue */
    3029, /* PatternOnOpacity */
    2691, /* PauseBetweenFrames */
    4617, /* PerFrameFunctionalGroupsSequence */
    1240, /* PerProjectionAcquisitionSequence */
    568, /* PercentPhaseFieldOfView */
    567, /* PercentSampling */
    2178, /* PerformedLocation */
    2425, /* PerformedProcedureCodeSequence */
    2185, /* PerformedProcedureStepDescription */
    2192, /* PerformedProcedureStepDiscontinuationReasonCodeSequence */
    2181, /* PerformedProcedureStepEndDate */
    2317, /* PerformedProcedureStepEndDateTime */
    2182, /* PerformedProcedureStepEndTime */
    2184, /* PerformedProcedureStepID */
    2179, /* PerformedProcedureStepStartDate */
    2316, /* PerformedProcedureStepStartDateTime */
    2180, /* PerformedProcedureStepStartTime */
    2183, /* PerformedProcedureStepStatus */
    2186, /* PerformedProcedureTypeDescription */
    2288, /* PerformedProcessingApplicationsCodeSequence */
    3306, /* PerformedProcessingParametersSequence */
    2187, /* PerformedProtocolCodeSequence */
    2188, /* PerformedProtocolType */
    2213, /* PerformedSeriesSequence */
    2176, /* PerformedStationAETitle */
    2305, /* PerformedStationClassCodeSequence */
    2306, /* PerformedStationGeographicLocationCodeSequence */
    2177, /* PerformedStationName */
    2304, /* PerformedStationNameCodeSequence */
    2296, /* PerformedWorkitemCodeSequence */
    202, /* PerformingPhysicianIdentificationSequence */
    201, /* PerformingPhysicianName */
    1815, /* PerimeterTable */
    1816, /* PerimeterValue */
    2265, /* PersonAddress */
    2264, /* PersonIdentificationCodeSequence */
    2382, /* PersonName */
    2267, /* PersonTelecomInformation */
    2266, /* PersonTelephoneNumbers */
    2097, /* PertinentDocumentsSequence */
    2428, /* PertinentOtherEvidenceSequence */
    2098, /* PertinentResourcesSequence */
    4520, /* PertinentSOPClassesInSeries */
    4519, /* PertinentSOPClassesInStudy */
    931, /* PhaseContrast */
    2690, /* PhaseDelay */
    2692, /* PhaseDescription */
    2688, /* PhaseInformationSequence */
    1397, /* PhaseNumber */
    2686, /* PhaseVector */
    719, /* PhosphorType */
    459, /* PhotographicExposureIndex */
    431, /* PhotographicSensitivity */
    1789, /* PhotometricInterpretation */
    1165, /* PhotonEnergy */
    920, /* PhototimerSetting */
    845, /* PhysicalDeltaX */
    846, /* PhysicalDeltaY */
    1184, /* PhysicalDetectorSize */
    841, /* PhysicalUnitsXDirection */
    842, /* PhysicalUnitsYDirection */
    4603, /* PhysicianApprovingInterpretation */
    199, /* PhysiciansOfRecord */
    200, /* PhysiciansOfRecordIdentificationSequence */
    204, /* PhysiciansReadingStudyIdentificationSequence */
    1802, /* PixelAspectRatio */
    569, /* PixelBandwidth */
    869, /* PixelComponentDataType */
    865, /* PixelComponentMask */
    864, /* PixelComponentOrganization */
    868, /* PixelComponentPhysicalUnits */
    866, /* PixelComponentRangeStart */
    867, /* PixelComponentRangeStop */
    2411, /* PixelCoordinatesSetTrial */
    4631, /* PixelData */
    903, /* PixelDataAreaOriginRelativeToFOV */
    904, /* PixelDataAreaRotationAngleRelativeToFOV */
    2004, /* PixelDataProviderURL */
    1874, /* PixelIntensityRelationship */
    2017, /* PixelIntensityRelationshipLUTSequence */
    1875, /* PixelIntensityRelationshipSign */
    2010, /* PixelMeasuresSequence */
    2628, /* PixelOriginInterpretation */
    1838, /* PixelPaddingRangeLimit */
    1837, /* PixelPaddingValue */
    294, /* PixelPresentation */
    1828, /* PixelRepresentation */
    2029, /* PixelShiftFrameRange */
    2025, /* PixelShiftSequence */
    1799, /* PixelSpacing */
    1873, /* PixelSpacingCalibrationDescription */
    1872, /* PixelSpacingCalibrationType */
    2246, /* PixelSpacingSequence */
    2329, /* PixelValueMappingCodeSequence */
    1645, /* PixelValueMappingExplanation */
    1643, /* PixelValueMappingToCodedConceptSequence */
    2012, /* PixelValueTransformationSequence */
    2278, /* PlacerOrderNumberImagingServiceRequest */
    2272, /* PlacerOrderNumberImagingServiceRequestRetired */
    2255, /* PlacerOrderNumberProcedure */
    3782, /* PlanIntent */
    4422, /* PlanOverviewIndex */
    4421, /* PlanOverviewSequence */
    1791, /* PlanarConfiguration */
    3080, /* Plane */
    1203, /* PlaneIdentification */
    3081, /* PlaneNormal */
    1455, /* PlaneOrientationSequence */
    1501, /* PlaneOrientationVolumeSequence */
    1454, /* PlanePositionSequence */
    2625, /* PlanePositionSlideSequence */
    1500, /* PlanePositionVolumeSequence */
    1797, /* Planes */
    1174, /* PlanesInAcquisition */
    3868, /* PlannedVerificationImageSequence */
    4554, /* PlanningInputInformationSequence */
    2917, /* PlanningLandmarkDescription */
    2916, /* PlanningLandmarkID */
    2918, /* PlanningLandmarkIdentificationCodeSequence */
    2914, /* PlanningLandmarkLineSequence */
    2915, /* PlanningLandmarkPlaneSequence */
    2913, /* PlanningLandmarkPointSequence */
    573, /* PlateID */
    718, /* PlateType */
    2806, /* PointCoordinatesData */
    2807, /* PointPositionAccuracy */
    2810, /* PointsBoundingBoxCoordinates */
    3506, /* Polarity */
    1323, /* PositionMeasuringDeviceUsed */
    1185, /* PositionOfIsocenterProjection */
    1431, /* PositionReferenceIndicator */
    1208, /* PositionerIsocenterDetectorRotationAngle */
    1206, /* PositionerIsocenterPrimaryAngle */
    1207, /* PositionerIsocenterSecondaryAngle */
    748, /* PositionerMotion */
    1171, /* PositionerPositionSequence */
    750, /* PositionerPrimaryAngle */
    1259, /* PositionerPrimaryAngleDirection */
    752, /* PositionerPrimaryAngleIncrement */
    751, /* PositionerSecondaryAngle */
    753, /* PositionerSecondaryAngleIncrement */
    749, /* PositionerType */
    1357, /* PositioningLandmarkSequence */
    1356, /* PositioningMethodCodeSequence */
    1716, /* PositiveCatchTrialsQuantity */
    2790, /* PostDeformationMatrixRegistrationSequence */
    815, /* PostprocessingFunction */
    1338, /* PotentialDiagnosticTasks */
    1336, /* PotentialReasonsForProcedure */
    1337, /* PotentialReasonsForProcedureCodeSequence */
    1335, /* PotentialRequestedProcedureCodeSequence */
    1334, /* PotentialScheduledProtocolCodeSequence */
    2144, /* PowerlineFrequency */
    2789, /* PreDeformationMatrixRegistrationSequence */
    2163, /* PreMedication */
    1583, /* PreSelectedForImplantation */
    2423, /* PredecessorDocumentsSequence */
    1342, /* PredecessorProtocolSequence */
    3633, /* PredecessorStructureSetSequence */
    1588, /* PredictedRefractiveError */
    1582, /* PredictedToricErrorSequence */
    1818, /* PredictorColumns */
    1819, /* PredictorConstants */
    1817, /* PredictorRows */
    715, /* PreferredPlaybackSequencing */
    364, /* PregnancyStatus */
    2437, /* PreliminaryFlag */
    3785, /* PrescriptionDescription */
    4559, /* PrescriptionNotes */
    4565, /* PrescriptionNotesSequence */
    4419, /* PrescriptionOverviewSequence */
    3118, /* PresentationAnimationStyle */
    2983, /* PresentationCreationDate */
    2984, /* PresentationCreationTime */
    3059, /* PresentationDisplayCollectionUID */
    2133, /* PresentationGroupNumber */
    3064, /* PresentationInputType */
    132, /* PresentationIntentType */
    3556, /* PresentationLUTContentSequence */
    3470, /* PresentationLUTFlag */
    3530, /* PresentationLUTSequence */
    3531, /* PresentationLUTShape */
    2990, /* PresentationPixelAspectRatio */
    2991, /* PresentationPixelMagnificationRatio */
    2989, /* PresentationPixelSpacing */
    3060, /* PresentationSequenceCollectionUID */
    3061, /* PresentationSequencePositionIndex */
    2988, /* PresentationSizeMode */
    3105, /* PresentationStateClassificationComponentSequence */
    3109, /* PresentationStateCompositorComponentSequence */
    1701, /* PresentedVisualStimuliDataFlag */
    3568, /* PreserveCompositeInstancesAfterMediaCreation */
    453, /* Pressure */
    268, /* PrimaryAnatomicStructureModifierSequence */
    266, /* PrimaryAnatomicStructureSequence */
    409, /* PrimaryChromaticities */
    4206, /* PrimaryDoseValueIndicator */
    3852, /* PrimaryDosimeterUnit */
    3597, /* PrimaryFluenceModeSequence */
    1227, /* PrimaryPositionerIncrement */
    1231, /* PrimaryPositionerIncrementSign */
    1223, /* PrimaryPositionerScanArc */
    1225, /* PrimaryPositionerScanStartAngle */
    2745, /* PrimaryPromptsCountsAccumulated */
    2824, /* PrimitivePointIndexList */
    44, /* Print */
    3548, /* PrintJobDescriptionSequence */
    3533, /* PrintJobID */
    3550, /* PrintManagementCapabilitiesSequence */
    3460, /* PrintPriority */
    3546, /* PrintQueueID */
    3551, /* PrinterCharacteristicsSequence */
    3459, /* PrinterConfigurationSequence */
    3545, /* PrinterName */
    3501, /* PrinterPixelSpacing */
    3483, /* PrinterResolutionID */
    3543, /* PrinterStatus */
    3544, /* PrinterStatusInfo */
    3473, /* PrintingBitDepth */
    4534, /* PriorTreatmentDoseDescription */
    4535, /* PriorTreatmentReferenceSequence */
    12, /* Priority */
    2514, /* PrismSequence */
    176, /* PrivateCreatorReference */
    182, /* PrivateDataElement */
    174, /* PrivateDataElementCharacteristicsSequence */
    190, /* PrivateDataElementDefinitionSequence */
    188, /* PrivateDataElementDescription */
    189, /* PrivateDataElementEncoding */
    187, /* PrivateDataElementKeyword */
    186, /* PrivateDataElementName */
    185, /* PrivateDataElementNumberOfItems */
    183, /* PrivateDataElementValueMultiplicity */
    184, /* PrivateDataElementValueRepresentation */
    175, /* PrivateGroupReference */
    67, /* PrivateInformation */
    66, /* PrivateInformationCreatorUID */
    79, /* PrivateRecordUID */
    194, /* ProcedureCodeSequence */
    2442, /* ProcedureContextFlagTrial */
    2418, /* ProcedureContextSequenceTrial */
    2372, /* ProcedureIdentifierCodeSequenceTrial */
    2318, /* ProcedureStepCancellationDateTime */
    3268, /* ProcedureStepCommunicationsURISequence */
    3271, /* ProcedureStepDiscontinuationReasonCodeSequence */
    3304, /* ProcedureStepLabel */
    3265, /* ProcedureStepProgress */
    3266, /* ProcedureStepProgressDescription */
    3264, /* ProcedureStepProgressInformationSequence */
    3267, /* ProcedureStepProgressParametersSequence */
    3309, /* ProcedureStepRelationshipType */
    3263, /* ProcedureStepState */
    3343, /* ProcedureTypeCodeSequence */
    814, /* ProcessingFunction */
    2490, /* ProductDescription */
    2492, /* ProductExpirationDateTime */
    2491, /* ProductLotIdentifier */
    2489, /* ProductName */
    2484, /* ProductPackageIdentifier */
    2496, /* ProductParameterSequence */
    2488, /* ProductTypeCodeSequence */
    827, /* ProjectionEponymousNameCodeSequence */
    1167, /* ProjectionPixelCalibrationSequence */
    3557, /* ProposedStudySequence */
    2215, /* ProtocolContextSequence */
    1386, /* ProtocolDefinedPatientPosition */
    1344, /* ProtocolDesignRationale */
    1363, /* ProtocolElementCharacteristicsSummary */
    1362, /* ProtocolElementName */
    1361, /* ProtocolElementNumber */
    1364, /* ProtocolElementPurpose */
    594, /* ProtocolName */
    1343, /* ProtocolPlanningInformation */
    3253, /* PseudoColorPaletteInstanceReferenceSequence */
    3252, /* PseudoColorType */
    3765, /* PulseNumber */
    849, /* PulseRepetitionFrequency */
    4040, /* PulseRepetitionInterval */
    924, /* PulseSequenceName */
    3764, /* PulseSpecificBrachyControlPointDeliveredSequence */
    2570, /* PupilCentroidXCoordinate */
    2571, /* PupilCentroidYCoordinate */
    1524, /* PupilDilated */
    2522, /* PupilSize */
    2397, /* PurposeOfReferenceCodeSequence */
    209, /* PyramidDescription */
    1406, /* PyramidLabel */
    100, /* PyramidUID */
    1972, /* QAResultsSequence */
    956, /* QuadratureReceiveCoil */
    1844, /* QualityControlImage */
    322, /* QualityControlSubject */
    323, /* QualityControlSubjectTypeCodeSequence */
    1676, /* QualityThreshold */
    1756, /* QuantifiedDefect */
    2194, /* Quantity */
    2336, /* QuantityDefinitionSequence */
    2193, /* QuantitySequence */
    121, /* QueryRetrieveLevel */
    122, /* QueryRetrieveView */
    3547, /* QueueStatus */
    1061, /* RFEchoTrainLength */
    3125, /* RGBATransferFunctionDescription */
    1927, /* RGBLUTTransferFunction */
    4700, /* ROIArea */
    3646, /* ROIContourSequence */
    3644, /* ROIDerivationAlgorithmIdentificationSequence */
    3638, /* ROIDescription */
    3639, /* ROIDisplayColor */
    3670, /* ROIElementalCompositionAtomicMassFraction */
    3669, /* ROIElementalCompositionAtomicNumber */
    3668, /* ROIElementalCompositionSequence */
    3643, /* ROIGenerationAlgorithm */
    3645, /* ROIGenerationDescription */
    3664, /* ROIInterpreter */
    4701, /* ROIMean */
    3637, /* ROIName */
    3635, /* ROINumber */
    3661, /* ROIObservationDescription */
    3659, /* ROIObservationLabel */
    3665, /* ROIPhysicalPropertiesSequence */
    3666, /* ROIPhysicalProperty */
    3667, /* ROIPhysicalPropertyValue */
    4702, /* ROIStandardDeviation */
    3640, /* ROIVolume */
    1484, /* RRIntervalTimeNominal */
    2697, /* RRIntervalVector */
    4200, /* RTAccessoryDeviceSlotID */
    4199, /* RTAccessoryHolderDefinitionSequence */
    4197, /* RTAccessoryHolderSlotDistance */
    4194, /* RTAccessoryHolderSlotExistenceFlag */
    4196, /* RTAccessoryHolderSlotID */
    4195, /* RTAccessoryHolderSlotSequence */
    4192, /* RTAccessoryHolderWaterEquivalentThickness */
    4198, /* RTAccessorySlotDistance */
    4533, /* RTAnatomicPrescriptionSequence */
    4254, /* RTBeamDelimiterGeometrySequence */
    4299, /* RTBeamLimitingDeviceAngle */
    4255, /* RTBeamLimitingDeviceDefinitionSequence */
    4245, /* RTBeamLimitingDeviceDistalDistance */
    4253, /* RTBeamLimitingDeviceOffset */
    4264, /* RTBeamLimitingDeviceOpeningSequence */
    4244, /* RTBeamLimitingDeviceProximalDistance */
    3855, /* RTBeamLimitingDeviceType */
    4314, /* RTBeamModifierDefinitionDistance */
    4179, /* RTControlPointIndex */
    4363, /* RTDeliveryStartPatientPositionSequence */
    4267, /* RTDeviceDistanceReferenceLocationCodeSequence */
    4530, /* RTDiagnosisCodeSequence */
    3609, /* RTDoseROISequence */
    3577, /* RTImageDescription */
    3575, /* RTImageLabel */
    3576, /* RTImageName */
    3582, /* RTImageOrientation */
    3579, /* RTImagePlane */
    3584, /* RTImagePosition */
    3588, /* RTImageSID */
    4378, /* RTPatientPositionDisplacementSequence */
    4358, /* RTPatientPositionScopeSequence */
    4379, /* RTPatientPositionSequence */
    4525, /* RTPhysicianIntentIndex */
    4532, /* RTPhysicianIntentInputInstanceSequence */
    4527, /* RTPhysicianIntentNarrative */
    4522, /* RTPhysicianIntentPredecessorSequence */
    4524, /* RTPhysicianIntentSequence */
    3779, /* RTPlanDate */
    3778, /* RTPlanDescription */
    3784, /* RTPlanGeometry */
    3776, /* RTPlanLabel */
    3777, /* RTPlanName */
    3821, /* RTPlanRelationship */
    3780, /* RTPlanTime */
    4497, /* RTPrescriptionIndex */
    4521, /* RTPrescriptionLabel */
    4544, /* RTPrescriptionSequence */
    4528, /* RTProtocolCodeSequence */
    3660, /* RTROIIdentificationCodeSequence */
    3663, /* RTROIInterpretedType */
    3656, /* RTROIObservationsSequence */
    3642, /* RTROIRelationship */
    4234, /* RTRadiationPhysicalAndGeometricContentDetailFlag */
    4330, /* RTRadiationSalvageRecordControlPointSequence */
    4201, /* RTRadiationSequence */
    4321, /* RTRadiationSetDeliveryNumber */
    4384, /* RTRadiationSetDeliveryUsage */
    4233, /* RTRadiationSetIntent */
    4324, /* RTRadiationSetUsage */
    4377, /* RTRadiationTaskSequence */
    4318, /* RTRadiationUsage */
    4235, /* RTRecordFlag */
    3631, /* RTReferencedSeriesSequence */
    3630, /* RTReferencedStudySequence */
    3641, /* RTRelatedROISequence */
    4498, /* RTSegmentAnnotationIndex */
    4479, /* RTSegmentAnnotationSequence */
    4221, /* RTToleranceSetLabel */
    4220, /* RTToleranceSetSequence */
    4523, /* RTTreatmentApproachLabel */
    4323, /* RTTreatmentFractionCompletionStatus */
    4526, /* RTTreatmentIntentType */
    4495, /* RTTreatmentPhaseIndex */
    4506, /* RTTreatmentPhaseIntentPresenceFlag */
    4515, /* RTTreatmentPhaseIntervalSequence */
    4496, /* RTTreatmentPhaseUID */
    4364, /* RTTreatmentPreparationPatientPositionSequence */
    4577, /* RTTreatmentSourceCoordinates */
    4564, /* RTTreatmentTechniqueCodeSequence */
    4328, /* RTTreatmentTerminationReasonCodeSequence */
    4327, /* RTTreatmentTerminationStatus */
    60, /* RTVCommunicationSOPClassUID */
    61, /* RTVCommunicationSOPInstanceUID */
    65, /* RTVFlowActualFrameDuration */
    63, /* RTVFlowIdentifier */
    64, /* RTVFlowRTPSamplingRate */
    59, /* RTVMetaInformationVersion */
    62, /* RTVSourceIdentifier */
    1948, /* RWavePointer */
    876, /* RWaveTimeVector */
    655, /* RadialPosition */
    4076, /* RadiationAtomicNumber */
    4288, /* RadiationBeamBlockSlabThickness */
    4287, /* RadiationBeamBlockThickness */
    4283, /* RadiationBeamCompensatorMillingToolDiameter */
    4262, /* RadiationBeamEffectiveWedgeAngle */
    4260, /* RadiationBeamWedgeAngle */
    4261, /* RadiationBeamWedgeThinEdgeDistance */
    4077, /* RadiationChargeState */
    4268, /* RadiationDeviceConfigurationAndCommissioningKeySequence */
    4215, /* RadiationDoseCentralAxisDisplacement */
    4182, /* RadiationDoseIdentificationIndex */
    4204, /* RadiationDoseIdentificationLabel */
    4203, /* RadiationDoseIdentificationSequence */
    4214, /* RadiationDoseInVivoMeasurementLabel */
    4218, /* RadiationDoseMeasurementPointCoordinates */
    4202, /* RadiationDoseSequence */
    4219, /* RadiationDoseSourceToExternalContourDistance */
    4217, /* RadiationDoseSourceToSkinDistance */
    4216, /* RadiationDoseValue */
    4210, /* RadiationDoseValuesParametersSequence */
    4266, /* RadiationDosimeterUnitSequence */
    4309, /* RadiationFluenceModifierCodeSequence */
    4303, /* RadiationGenerationModeDescription */
    4180, /* RadiationGenerationModeIndex */
    4302, /* RadiationGenerationModeLabel */
    4304, /* RadiationGenerationModeMachineCodeSequence */
    4301, /* RadiationGenerationModeSequence */
    3585, /* RadiationMachineName */
    3586, /* RadiationMachineSAD */
    3587, /* RadiationMachineSSD */
    4075, /* RadiationMassNumber */
    669, /* RadiationMode */
    4360, /* RadiationOrderIndex */
    667, /* RadiationSetting */
    4242, /* RadiationSourceAxisDistance */
    4580, /* RadiationSourceCoordinateSystemPitchAngle */
    4579, /* RadiationSourceCoordinateSystemRollAngle */
    4578, /* RadiationSourceCoordinateSystemYawAngle */
    3865, /* RadiationType */
    4305, /* RadiationTypeCodeSequence */
    4439, /* RadiobiologicalDoseEffectFlag */
    4438, /* RadiobiologicalDoseEffectSequence */
    534, /* Radionuclide */
    2716, /* RadionuclideCodeSequence */
    624, /* RadionuclideHalfLife */
    625, /* RadionuclidePositronFraction */
    623, /* RadionuclideTotalDose */
    535, /* Radiopharmaceutical */
    286, /* RadiopharmaceuticalAdministrationEventUID */
    1285, /* RadiopharmaceuticalAgentNumber */
    2718, /* RadiopharmaceuticalCodeSequence */
    2680, /* RadiopharmaceuticalInformationSequence */
    619, /* RadiopharmaceuticalRoute */
    626, /* RadiopharmaceuticalSpecificActivity */
    627, /* RadiopharmaceuticalStartDateTime */
    621, /* RadiopharmaceuticalStartTime */
    628, /* RadiopharmaceuticalStopDateTime */
    622, /* RadiopharmaceuticalStopTime */
    1291, /* RadiopharmaceuticalUsageSequence */
    620, /* RadiopharmaceuticalVolume */
    4507, /* RadiotherapyTreatmentType */
    782, /* RadiusOfCircularCollimator */
    1195, /* RadiusOfCircularExposureControlSensingRegion */
    762, /* RadiusOfCircularShutter */
    2534, /* RadiusOfCurvature */
    1306, /* RandomsCorrected */
    2732, /* RandomsCorrectionMethod */
    4102, /* RangeModulatorDescription */
    4119, /* RangeModulatorGatingStartValue */
    4121, /* RangeModulatorGatingStartWaterEquivalentThickness */
    4120, /* RangeModulatorGatingStopValue */
    4122, /* RangeModulatorGatingStopWaterEquivalentThickness */
    4100, /* RangeModulatorID */
    4099, /* RangeModulatorNumber */
    4098, /* RangeModulatorSequence */
    4118, /* RangeModulatorSettingsSequence */
    4101, /* RangeModulatorType */
    2909, /* RangeOfFreedom */
    4089, /* RangeShifterDescription */
    4087, /* RangeShifterID */
    4086, /* RangeShifterNumber */
    4085, /* RangeShifterSequence */
    4112, /* RangeShifterSetting */
    4111, /* RangeShifterSettingsSequence */
    4088, /* RangeShifterType */
    4114, /* RangeShifterWaterEquivalentThickness */
    2655, /* RangingDepth */
    2393, /* RationalDenominatorValue */
    2392, /* RationalNumeratorValue */
    2314, /* RawDataHandling */
    2071, /* RealTimeBulkDataFlowSequence */
    2335, /* RealWorldValueFirstValueMapped */
    2337, /* RealWorldValueIntercept */
    2332, /* RealWorldValueLUTData */
    2331, /* RealWorldValueLastValueMapped */
    2328, /* RealWorldValueMappingSequence */
    2338, /* RealWorldValueSlope */
    3314, /* ReasonForCancellation */
    3330, /* ReasonForChannelOmission */
    3331, /* ReasonForChannelOmissionDescription */
    4417, /* ReasonForOmission */
    4362, /* ReasonForOmissionCodeSequence */
    4418, /* ReasonForOmissionDescription */
    2262, /* ReasonForPerformedProcedureCodeSequence */
    2259, /* ReasonForRequestedProcedureCodeSequence */
    2046, /* ReasonForStudy */
    4529, /* ReasonForSuperseding */
    3449, /* ReasonForTheAttributeModification */
    2269, /* ReasonForTheImagingServiceRequest */
    2251, /* ReasonForTheRequestedProcedure */
    2059, /* ReasonForVisit */
    2060, /* ReasonForVisitCodeSequence */
    953, /* ReceiveCoilManufacturerName */
    716, /* ReceiveCoilName */
    955, /* ReceiveCoilType */
    9, /* Receiver */
    3312, /* ReceivingAE */
    55, /* ReceivingApplicationEntityTitle */
    58, /* ReceivingPresentationAddress */
    92, /* RecognitionCode */
    1846, /* RecognizableVisualFeatures */
    2609, /* RecommendedAbsentPixelCIELabValue */
    3119, /* RecommendedAnimationRate */
    3409, /* RecommendedDefaultValueSequence */
    2774, /* RecommendedDisplayCIELabValue */
    2845, /* RecommendedDisplayCIELabValueList */
    260, /* RecommendedDisplayFrameRate */
    303, /* RecommendedDisplayFrameRateInFloat */
    2773, /* RecommendedDisplayGrayscaleValue */
    435, /* RecommendedExposureIndex */
    2838, /* RecommendedLineThickness */
    2837, /* RecommendedPointRadius */
    2798, /* RecommendedPresentationOpacity */
    2799, /* RecommendedPresentationType */
    2885, /* RecommendedRotationPoint */
    1884, /* RecommendedViewingMode */
    1098, /* ReconstructionAlgorithm */
    1378, /* ReconstructionAlgorithmSequence */
    1102, /* ReconstructionAngle */
    1239, /* ReconstructionDescription */
    639, /* ReconstructionDiameter */
    1377, /* ReconstructionEndLocationSequence */
    1100, /* ReconstructionFieldOfView */
    1511, /* ReconstructionIndex */
    2735, /* ReconstructionMethod */
    703, /* ReconstructionPipelineType */
    1105, /* ReconstructionPixelSpacing */
    1369, /* ReconstructionProtocolElementSequence */
    1368, /* ReconstructionProtocolElementSpecificationSequence */
    1376, /* ReconstructionStartLocationSequence */
    1379, /* ReconstructionTargetCenterLocationSequence */
    1101, /* ReconstructionTargetCenterPatient */
    1298, /* ReconstructionType */
    76, /* RecordInUseFlag */
    3735, /* RecordedBlockSequence */
    3736, /* RecordedBlockSlabSequence */
    3746, /* RecordedBrachyAccessoryDeviceSequence */
    3748, /* RecordedChannelSequence */
    3757, /* RecordedChannelShieldSequence */
    3734, /* RecordedCompensatorSequence */
    3740, /* RecordedLateralSpreadingDeviceSequence */
    4339, /* RecordedRTControlPointDateTime */
    3741, /* RecordedRangeModulatorSequence */
    3739, /* RecordedRangeShifterSequence */
    3738, /* RecordedSnoutSequence */
    3755, /* RecordedSourceApplicatorSequence */
    3742, /* RecordedSourceSequence */
    3733, /* RecordedWedgeSequence */
    668, /* RectificationType */
    949, /* RectilinearPhaseEncodeReordering */
    1895, /* RedPaletteColorLookupTableData */
    1886, /* RedPaletteColorLookupTableDescriptor */
    1429, /* Reference */
    4010, /* ReferenceAirKermaRate */
    1330, /* ReferenceBasisCodeSequence */
    1547, /* ReferenceCoordinates */
    3216, /* ReferenceDisplaySets */
    4178, /* ReferenceDoseDefinition */
    4209, /* ReferenceDosePointCoordinates */
    4205, /* ReferenceDoseType */
    1331, /* ReferenceGeometryCodeSequence */
    3867, /* ReferenceImageNumber */
    1329, /* ReferenceLocationDescription */
    1328, /* ReferenceLocationLabel */
    843, /* ReferencePixelPhysicalValueX */
    844, /* ReferencePixelPhysicalValueY */
    839, /* ReferencePixelX0 */
    840, /* ReferencePixelY0 */
    4594, /* ReferenceToRecordedSound */
    2416, /* ReferencedAccessionSequenceTrial */
    2506, /* ReferencedAssertionUID */
    3504, /* ReferencedBasicAnnotationBoxSequence */
    4387, /* ReferencedBeamNumber */
    4386, /* ReferencedBeamSequence */
    4408, /* ReferencedBlockNumber */
    4405, /* ReferencedBolusSequence */
    3747, /* ReferencedBrachyAccessoryDeviceNumber */
    4392, /* ReferencedBrachyApplicationSetupNumber */
    4391, /* ReferencedBrachyApplicationSetupSequence */
    3731, /* ReferencedCalculatedDoseReferenceNumber */
    3730, /* ReferencedCalculatedDoseReferenceSequence */
    3326, /* ReferencedChannelNumber */
    3758, /* ReferencedChannelShieldNumber */
    1848, /* ReferencedColorPaletteInstanceUID */
    3392, /* ReferencedComparisonSOPInstanceSequence */
    4407, /* ReferencedCompensatorNumber */
    4448, /* ReferencedConceptualVolumeUID */
    3115, /* ReferencedContentItem */
    2463, /* ReferencedContentItemIdentifier */
    4409, /* ReferencedControlPointIndex */
    4410, /* ReferencedControlPointSequence */
    221, /* ReferencedCurveSequence */
    2389, /* ReferencedDateTime */
    4181, /* ReferencedDefinedDeviceIndex */
    1340, /* ReferencedDefinedProtocolSequence */
    4186, /* ReferencedDeviceIndex */
    3436, /* ReferencedDigitalSignatureSequence */
    4511, /* ReferencedDirectSegmentInstanceSequence */
    4399, /* ReferencedDoseReferenceNumber */
    4398, /* ReferencedDoseReferenceSequence */
    3831, /* ReferencedDoseReferenceUID */
    4403, /* ReferencedDoseSequence */
    4548, /* ReferencedDosimetricObjectiveUID */
    4550, /* ReferencedDosimetricObjectivesSequence */
    4354, /* ReferencedExpectedInVivoMeasurementValueIndex */
    3050, /* ReferencedFiducialUID */
    4486, /* ReferencedFiducialsUID */
    80, /* ReferencedFileID */
    3477, /* ReferencedFilmBoxSequence */
    3502, /* ReferencedFilmSessionSequence */
    2343, /* ReferencedFindingsGroupUIDTrial */
    3237, /* ReferencedFirstFrameSequence */
    4395, /* ReferencedFractionGroupNumber */
    4394, /* ReferencedFractionGroupSequence */
    3770, /* ReferencedFractionNumber */
    228, /* ReferencedFrameNumber */
    2387, /* ReferencedFrameNumbers */
    3629, /* ReferencedFrameOfReferenceSequence */
    3636, /* ReferencedFrameOfReferenceUID */
    2294, /* ReferencedGeneralPurposeScheduledProcedureStepSequence */
    2300, /* ReferencedGeneralPurposeScheduledProcedureStepTransactionUID */
    2904, /* ReferencedHPGLDocumentID */
    3503, /* ReferencedImageBoxSequence */
    3529, /* ReferencedImageBoxSequenceRetired */
    289, /* ReferencedImageEvidenceSequence */
    2621, /* ReferencedImageNavigationSequence */
    3514, /* ReferencedImageOverlayBoxSequence */
    2327, /* ReferencedImageRealWorldValueMappingSequence */
    220, /* ReferencedImageSequence */
    3374, /* ReferencedImplantTemplateGroupMemberID */
    222, /* ReferencedInstanceSequence */
    4589, /* ReferencedInterpretationSequence */
    4414, /* ReferencedLateralSpreadingDeviceNumber */
    3729, /* ReferencedMeasuredDoseReferenceNumber */
    3728, /* ReferencedMeasuredDoseReferenceSequence */
    2175, /* ReferencedNonImageCompositeSOPInstanceSequence */
    2401, /* ReferencedObjectObservationClassTrial */
    2400, /* ReferencedObservationClassTrial */
    2399, /* ReferencedObservationUIDTrial */
    1636, /* ReferencedOphthalmicAxialLengthMeasurementQCImageSequence */
    1599, /* ReferencedOphthalmicAxialMeasurementsSequence */
    2946, /* ReferencedOpticalPathIdentifier */
    301, /* ReferencedOtherPlaneSequence */
    3519, /* ReferencedOverlayPlaneGroups */
    3518, /* ReferencedOverlayPlaneSequence */
    217, /* ReferencedOverlaySequence */
    4503, /* ReferencedParentRTPrescriptionIndex */
    1154, /* ReferencedPathIndex */
    2075, /* ReferencedPatientAliasSequence */
    353, /* ReferencedPatientPhotoSequence */
    215, /* ReferencedPatientSequence */
    4402, /* ReferencedPatientSetupNumber */
    4366, /* ReferencedPatientSetupPhotoSequence */
    4376, /* ReferencedPatientSetupProcedureIndex */
    213, /* ReferencedPerformedProcedureStepSequence */
    1341, /* ReferencedPerformedProtocolSequence */
    4423, /* ReferencedPlanOverviewIndex */
    3532, /* ReferencedPresentationLUTSequence */
    300, /* ReferencedPresentationStateSequence */
    3549, /* ReferencedPrintJobSequence */
    3542, /* ReferencedPrintJobSequencePullStoredPrint */
    2212, /* ReferencedProcedureStepSequence */
    3658, /* ReferencedROINumber */
    4193, /* ReferencedRTAccessoryHolderDeviceIndex */
    4228, /* ReferencedRTInstanceSequence */
    4229, /* ReferencedRTPatientSetupSequence */
    4531, /* ReferencedRTPhysicianIntentIndex */
    4237, /* ReferencedRTPhysicianIntentSequence */
    4385, /* ReferencedRTPlanSequence */
    4502, /* ReferencedRTPrescriptionIndex */
    4316, /* ReferencedRTPrescriptionSequence */
    4320, /* ReferencedRTRadiationRecordSequence */
    4227, /* ReferencedRTRadiationSequence */
    4319, /* ReferencedRTRadiationSetSequence */
    4501, /* ReferencedRTTreatmentPhaseIndex */
    4510, /* ReferencedRTTreatmentPhaseSequence */
    4365, /* ReferencedRTTreatmentPreparationSequence */
    4191, /* ReferencedRadiationDoseIdentificationIndex */
    4184, /* ReferencedRadiationGenerationModeIndex */
    4340, /* ReferencedRadiationRTControlPointIndex */
    4415, /* ReferencedRangeModulatorNumber */
    4413, /* ReferencedRangeShifterNumber */
    290, /* ReferencedRawDataSequence */
    223, /* ReferencedRealWorldValueMappingInstanceSequence */
    4388, /* ReferencedReferenceImageNumber */
    4397, /* ReferencedReferenceImageSequence */
    2565, /* ReferencedRefractiveMeasurementsSequence */
    85, /* ReferencedRelatedGeneralSOPClassUIDInFile */
    2424, /* ReferencedRequestSequence */
    211, /* ReferencedResultsSequence */
    224, /* ReferencedSOPClassUID */
    82, /* ReferencedSOPClassUIDInFile */
    3437, /* ReferencedSOPInstanceMACSequence */
    225, /* ReferencedSOPInstanceUID */
    83, /* ReferencedSOPInstanceUIDInFile */
    239, /* ReferencedSOPSequence */
    2386, /* ReferencedSamplePositions */
    2772, /* ReferencedSegmentNumber */
    4469, /* ReferencedSegmentReferenceIndex */
    214, /* ReferencedSeriesSequence */
    4142, /* ReferencedSetupImageSequence */
    3756, /* ReferencedSourceApplicatorNumber */
    4393, /* ReferencedSourceNumber */
    3057, /* ReferencedSpatialRegistrationSequence */
    4411, /* ReferencedStartControlPointIndex */
    218, /* ReferencedStereometricInstanceSequence */
    4412, /* ReferencedStopControlPointIndex */
    3571, /* ReferencedStorageMediaSequence */
    3478, /* ReferencedStoredPrintSequence */
    4401, /* ReferencedStructureSetSequence */
    3114, /* ReferencedStructuredContextSequence */
    212, /* ReferencedStudySequence */
    3388, /* ReferencedSurfaceDataSequence */
    1671, /* ReferencedSurfaceMeshIdentificationSequence */
    2827, /* ReferencedSurfaceNumber */
    2826, /* ReferencedSurfaceSequence */
    1971, /* ReferencedTargetLuminanceCharacteristicsID */
    3387, /* ReferencedTextureSequence */
    2388, /* ReferencedTimeOffsets */
    4404, /* ReferencedToleranceTableNumber */
    84, /* ReferencedTransferSyntaxUIDInFile */
    4359, /* ReferencedTreatmentPositionGroupUID */
    4190, /* ReferencedTreatmentPositionIndex */
    3692, /* ReferencedTreatmentRecordSequence */
    3515, /* ReferencedVOILUTBoxSequence */
    4396, /* ReferencedVerificationImageSequence */
    216, /* ReferencedVisitSequence */
    2376, /* ReferencedWaveformChannels */
    219, /* ReferencedWaveformSequence */
    4406, /* ReferencedWedgeNumber */
    1152, /* ReferencedXRayDetectorIndex */
    1153, /* ReferencedXRaySourceIndex */
    138, /* ReferringPhysicianAddress */
    140, /* ReferringPhysicianIdentificationSequence */
    137, /* ReferringPhysicianName */
    139, /* ReferringPhysicianTelephoneNumbers */
    3500, /* ReflectedAmbientLight */
    3244, /* ReformattingInterval */
    3245, /* ReformattingOperationInitialViewDirection */
    3242, /* ReformattingOperationType */
    3243, /* ReformattingThickness */
    1601, /* RefractiveErrorBeforeRefractiveSurgeryCodeSequence */
    2673, /* RefractiveIndexApplied */
    2556, /* RefractiveIndexOfAqueousHumor */
    2555, /* RefractiveIndexOfCornea */
    1766, /* RefractiveParametersUsedOnPatientSequence */
    2595, /* RefractivePower */
    1576, /* RefractiveProcedureOccurred */
    1537, /* RefractiveStateSequence */
    1577, /* RefractiveSurgeryTypeCodeSequence */
    833, /* RegionDataType */
    834, /* RegionFlags */
    837, /* RegionLocationMaxX1 */
    838, /* RegionLocationMaxY1 */
    835, /* RegionLocationMinX0 */
    836, /* RegionLocationMinY0 */
    357, /* RegionOfResidence */
    2026, /* RegionPixelShiftSequence */
    832, /* RegionSpatialFormat */
    1652, /* RegisteredLocalizerBottomRightHandCorner */
    1651, /* RegisteredLocalizerTopLeftHandCorner */
    1650, /* RegisteredLocalizerUnits */
    3378, /* RegistrationMethodCodeSequence */
    3037, /* RegistrationSequence */
    1649, /* RegistrationToLocalizerSequence */
    3042, /* RegistrationTypeCodeSequence */
    2505, /* RelatedAssertionSequence */
    3673, /* RelatedFrameOfReferenceUID */
    101, /* RelatedGeneralSOPClassUID */
    3308, /* RelatedProcedureStepSequence */
    3662, /* RelatedRTROIObservationsSequence */
    4500, /* RelatedRTTreatmentPhaseIndex */
    3289, /* RelatedReferenceRTImageSequence */
    4477, /* RelatedSegmentCharacteristicsSequence */
    242, /* RelatedSeriesSequence */
    2444, /* RelationshipSequenceTrial */
    2340, /* RelationshipType */
    2445, /* RelationshipTypeCodeSequenceTrial */
    2596, /* RelativeElevation */
    1539, /* RelativeImagePositionCodeSequence */
    3056, /* RelativeOpacity */
    3155, /* RelativeTime */
    3156, /* RelativeTimeUnits */
    2933, /* RelativeURIReferenceWithinEncapsulatedDocument */
    737, /* RelativeXRayExposure */
    2299, /* RelevantInformationSequence */
    1654, /* RelevantOPTAttributesSequence */
    3097, /* RenderFieldOfView */
    3093, /* RenderProjection */
    3062, /* RenderedImageReferenceSequence */
    3075, /* RenderingMethod */
    3827, /* RepeatFractionCycleLength */
    1813, /* RepeatInterval */
    555, /* RepetitionTime */
    3338, /* ReplacedImplantAssemblyTemplateSequence */
    3362, /* ReplacedImplantTemplateGroupSequence */
    2861, /* ReplacedImplantTemplateSequence */
    3310, /* ReplacedProcedureStepSequence */
    2427, /* ReportDetailSequenceTrial */
    1417, /* ReportNumber */
    4590, /* ReportProductionStatusTrial */
    2417, /* ReportStatusCommentTrial */
    2384, /* ReportStatusIDTrial */
    3578, /* ReportedValuesOrigin */
    2258, /* ReportingPriority */
    2476, /* RepositoryUniqueID */
    1943, /* RepresentativeFrameNumber */
    2730, /* ReprojectionMethod */
    2190, /* RequestAttributesSequence */
    3574, /* RequestPriority */
    2061, /* RequestedContrastAgent */
    3508, /* RequestedDecimateCropBehavior */
    3507, /* RequestedImageSize */
    3510, /* RequestedImageSizeFlag */
    2058, /* RequestedLateralityCodeSequence */
    3570, /* RequestedMediaApplicationProfile */
    2057, /* RequestedProcedureCodeSequence */
    2268, /* RequestedProcedureComments */
    2056, /* RequestedProcedureDescription */
    2263, /* RequestedProcedureDescriptionTrial */
    2250, /* RequestedProcedureID */
    2254, /* RequestedProcedureLocation */
    2252, /* RequestedProcedurePriority */
    3509, /* RequestedResolutionID */
    3, /* RequestedSOPClassUID */
    21, /* RequestedSOPInstanceUID */
    1372, /* RequestedSeriesDescription */
    706, /* RequestedSeriesDescriptionCodeSequence */
    2307, /* RequestedSubsequentWorkitemCodeSequence */
    3313, /* RequestingAE */
    2048, /* RequestingPhysician */
    2047, /* RequestingPhysicianIdentificationSequence */
    2049, /* RequestingService */
    2050, /* RequestingServiceCodeSequence */
    1878, /* RescaleIntercept */
    1879, /* RescaleSlope */
    1880, /* RescaleType */
    2681, /* ResidualSyringeCounts */
    1002, /* ResonantNucleus */
    2099, /* ResourceDescription */
    1049, /* RespiratoryCyclePosition */
    1487, /* RespiratoryIntervalTime */
    1026, /* RespiratoryMotionCompensationTechnique */
    1041, /* RespiratoryMotionCompensationTechniqueDescription */
    1027, /* RespiratorySignalSource */
    1042, /* RespiratorySignalSourceID */
    1486, /* RespiratorySynchronizationSequence */
    1489, /* RespiratoryTriggerDelayThreshold */
    1483, /* RespiratoryTriggerType */
    15, /* ResponseSequenceNumber */
    171, /* ResponsibleGroupCodeSequence */
    378, /* ResponsibleOrganization */
    376, /* ResponsiblePerson */
    377, /* ResponsiblePersonRole */
    2293, /* ResultingGeneralPurposePerformedProcedureStepsSequence */
    4614, /* ResultsComments */
    4606, /* ResultsDistributionListSequence */
    4587, /* ResultsID */
    4588, /* ResultsIDIssuer */
    1724, /* ResultsNormalsSequence */
    1754, /* RetestSensitivityValue */
    1753, /* RetestStimulusSeen */
    1642, /* RetinalThicknessDefinitionCodeSequence */
    123, /* RetrieveAETitle */
    2469, /* RetrieveLocationUID */
    2468, /* RetrieveURI */
    234, /* RetrieveURL */
    4435, /* ReviewDate */
    4436, /* ReviewTime */
    4437, /* ReviewerName */
    1088, /* RevolutionTime */
    1543, /* RightImageSequence */
    2510, /* RightLensSequence */
    4574, /* RoboticBaseLocationIndicator */
    4576, /* RoboticNodeIdentifier */
    4581, /* RoboticPathControlPointSequence */
    4575, /* RoboticPathNodeSetCodeSequence */
    2999, /* RotationAngle */
    653, /* RotationDirection */
    2695, /* RotationInformationSequence */
    796, /* RotationOfScannedFilm */
    659, /* RotationOffset */
    3024, /* RotationPoint */
    2693, /* RotationVector */
    2080, /* RouteOfAdmissions */
    1823, /* RowOverlap */
    2627, /* RowPositionInTotalImagePixelMatrix */
    1795, /* Rows */
    1854, /* RowsForNthOrderCoefficients */
    3452, /* RunLengthTriplet */
    729, /* SAR */
    3315, /* SCPStatus */
    3422, /* SOPAuthorizationComment */
    3421, /* SOPAuthorizationDateTime */
    97, /* SOPClassUID */
    129, /* SOPClassesInStudy */
    227, /* SOPClassesSupported */
    3420, /* SOPInstanceStatus */
    99, /* SOPInstanceUID */
    1422, /* SOPInstanceUIDOfConcatenationSource */
    2321, /* STOWRSStorageSequence */
    2731, /* SUVType */
    3760, /* SafePositionExitDate */
    3761, /* SafePositionExitTime */
    3762, /* SafePositionReturnDate */
    3763, /* SafePositionReturnTime */
    4658, /* SampleRate */
    1787, /* SamplesPerPixel */
    1788, /* SamplesPerPixelUsed */
    2108, /* SamplingFrequency */
    3098, /* SamplingStepSize */
    471, /* Saturation */
    940, /* SaturationRecovery */
    656, /* ScanArc */
    724, /* ScanLength */
    4078, /* ScanMode */
    525, /* ScanOptions */
    1670, /* ScanPatternTypeCodeSequence */
    2726, /* ScanProgressionDirection */
    4131, /* ScanSpotMetersetWeights */
    3705, /* ScanSpotMetersetsDelivered */
    4129, /* ScanSpotPositionMap */
    4126, /* ScanSpotPrescribedIndices */
    4128, /* ScanSpotReordered */
    4130, /* ScanSpotReorderingAllowed */
    4133, /* ScanSpotSizesDelivered */
    4124, /* ScanSpotTimeOffset */
    4125, /* ScanSpotTuneID */
    722, /* ScanVelocity */
    523, /* ScanningSequence */
    4132, /* ScanningSpotSize */
    1301, /* ScatterCorrected */
    2737, /* ScatterCorrectionMethod */
    2750, /* ScatterFractionFactor */
    468, /* SceneCaptureType */
    462, /* SceneType */
    2081, /* ScheduledAdmissionDate */
    2082, /* ScheduledAdmissionTime */
    2083, /* ScheduledDischargeDate */
    2084, /* ScheduledDischargeTime */
    2310, /* ScheduledHumanPerformersSequence */
    2085, /* ScheduledPatientInstitutionResidence */
    2160, /* ScheduledPerformingPhysicianIdentificationSequence */
    2155, /* ScheduledPerformingPhysicianName */
    2156, /* ScheduledProcedureStepDescription */
    2153, /* ScheduledProcedureStepEndDate */
    2154, /* ScheduledProcedureStepEndTime */
    2289, /* ScheduledProcedureStepExpirationDateTime */
    2158, /* ScheduledProcedureStepID */
    2162, /* ScheduledProcedureStepLocation */
    2291, /* ScheduledProcedureStepModificationDateTime */
    3302, /* ScheduledProcedureStepPriority */
    2174, /* ScheduledProcedureStepSequence */
    2151, /* ScheduledProcedureStepStartDate */
    2286, /* ScheduledProcedureStepStartDateTime */
    2152, /* ScheduledProcedureStepStartTime */
    2164, /* ScheduledProcedureStepStatus */
    2285, /* ScheduledProcessingApplicationsCodeSequence */
    3305, /* ScheduledProcessingParametersSequence */
    2157, /* ScheduledProtocolCodeSequence */
    2217, /* ScheduledSpecimenSequence */
    2150, /* ScheduledStationAETitle */
    2302, /* ScheduledStationClassCodeSequence */
    2303, /* ScheduledStationGeographicLocationCodeSequence */
    2161, /* ScheduledStationName */
    2301, /* ScheduledStationNameCodeSequence */
    2189, /* ScheduledStepAttributesSequence */
    2044, /* ScheduledStudyLocation */
    2045, /* ScheduledStudyLocationAETitle */
    2040, /* ScheduledStudyStartDate */
    2041, /* ScheduledStudyStartTime */
    2042, /* ScheduledStudyStopDate */
    2043, /* ScheduledStudyStopTime */
    2295, /* ScheduledWorkitemCodeSequence */
    3204, /* ScreenMinimumColorBitDepth */
    3203, /* ScreenMinimumGrayscaleBitDepth */
    1772, /* ScreeningBaselineMeasured */
    1773, /* ScreeningBaselineMeasuredSequence */
    1774, /* ScreeningBaselineType */
    1775, /* ScreeningBaselineValue */
    1689, /* ScreeningTestModeCodeSequence */
    2670, /* SeamLineIndex */
    2668, /* SeamLineLocation */
    581, /* SecondaryCaptureDeviceID */
    585, /* SecondaryCaptureDeviceManufacturer */
    587, /* SecondaryCaptureDeviceManufacturerModelName */
    588, /* SecondaryCaptureDeviceSoftwareVersions */
    2746, /* SecondaryCountsAccumulated */
    2743, /* SecondaryCountsType */
    1228, /* SecondaryPositionerIncrement */
    1232, /* SecondaryPositionerIncrementSign */
    1224, /* SecondaryPositionerScanArc */
    1226, /* SecondaryPositionerScanStartAngle */
    2770, /* SegmentAlgorithmName */
    2769, /* SegmentAlgorithmType */
    4480, /* SegmentAnnotationCategoryCodeSequence */
    4481, /* SegmentAnnotationTypeCodeSequence */
    4484, /* SegmentAnnotationTypeModifierCodeSequence */
    4478, /* SegmentCharacteristicsPrecedence */
    4476, /* SegmentCharacteristicsSequence */
    2767, /* SegmentDescription */
    2771, /* SegmentIdentificationSequence */
    2766, /* SegmentLabel */
    2765, /* SegmentNumber */
    4471, /* SegmentReferenceIndex */
    4470, /* SegmentReferenceSequence */
    2763, /* SegmentSequence */
    2828, /* SegmentSurfaceGenerationAlgorithmIdentificationSequence */
    2829, /* SegmentSurfaceSourceInstanceSequence */
    2768, /* SegmentationAlgorithmIdentificationSequence */
    4467, /* SegmentationCreationTemplateLabel */
    2777, /* SegmentationFractionalType */
    4468, /* SegmentationTemplateUID */
    2762, /* SegmentationType */
    1906, /* SegmentedAlphaPaletteColorLookupTableData */
    1905, /* SegmentedBluePaletteColorLookupTableData */
    1904, /* SegmentedGreenPaletteColorLookupTableData */
    948, /* SegmentedKSpaceTraversal */
    2764, /* SegmentedPropertyCategoryCodeSequence */
    2776, /* SegmentedPropertyTypeCodeSequence */
    2778, /* SegmentedPropertyTypeModifierCodeSequence */
    4475, /* SegmentedRTAccessoryDeviceSequence */
    1903, /* SegmentedRedPaletteColorLookupTableData */
    2780, /* SegmentsOverlap */
    1629, /* SelectedSegmentalOphthalmicAxialLengthSequence */
    1630, /* SelectedTotalOphthalmicAxialLengthSequence */
    3164, /* SelectorAEValue */
    3165, /* SelectorASValue */
    3166, /* SelectorATValue */
    3150, /* SelectorAttribute */
    3402, /* SelectorAttributeKeyword */
    3401, /* SelectorAttributeName */
    3163, /* SelectorAttributePrivateCreator */
    3160, /* SelectorAttributeVR */
    3168, /* SelectorCSValue */
    3194, /* SelectorCodeSequenceValue */
    3167, /* SelectorDAValue */
    3184, /* SelectorDSValue */
    3169, /* SelectorDTValue */
    3186, /* SelectorFDValue */
    3188, /* SelectorFLValue */
    3170, /* SelectorISValue */
    3172, /* SelectorLOValue */
    3174, /* SelectorLTValue */
    3171, /* SelectorOBValue */
    3185, /* SelectorODValue */
    3173, /* SelectorOFValue */
    3187, /* SelectorOLValue */
    3195, /* SelectorOVValue */
    3175, /* SelectorOWValue */
    3176, /* SelectorPNValue */
    3178, /* SelectorSHValue */
    3191, /* SelectorSLValue */
    3192, /* SelectorSSValue */
    3180, /* SelectorSTValue */
    3196, /* SelectorSVValue */
    3161, /* SelectorSequencePointer */
    3301, /* SelectorSequencePointerItems */
    3162, /* SelectorSequencePointerPrivateCreator */
    3177, /* SelectorTMValue */
    3181, /* SelectorUCValue */
    3193, /* SelectorUIValue */
    3189, /* SelectorULValue */
    3179, /* SelectorUNValue */
    3183, /* SelectorURValue */
    3190, /* SelectorUSValue */
    3182, /* SelectorUTValue */
    3197, /* SelectorUVValue */
    3151, /* SelectorValueNumber */
    432, /* SelfTimerMode */
    54, /* SendingApplicationEntityTitle */
    57, /* SendingPresentationAddress */
    460, /* SensingMethod */
    830, /* Sensitivity */
    1308, /* SensitivityCalibrated */
    433, /* SensitivityType */
    1752, /* SensitivityValue */
    4639, /* SequenceDelimitationItem */
    527, /* SequenceName */
    1852, /* SequenceOfCompressedData */
    831, /* SequenceOfUltrasoundRegions */
    524, /* SequenceVariant */
    2357, /* SequencingIndicatorTrial */
    104, /* SeriesDate */
    195, /* SeriesDescription */
    196, /* SeriesDescriptionCodeSequence */
    1423, /* SeriesInStudy */
    1391, /* SeriesInstanceUID */
    1393, /* SeriesNumber */
    111, /* SeriesTime */
    2727, /* SeriesType */
    2095, /* ServiceEpisodeDescription */
    2093, /* ServiceEpisodeID */
    1270, /* SettlingPhaseFrame */
    3988, /* SetupDeviceDescription */
    3987, /* SetupDeviceLabel */
    3989, /* SetupDeviceParameter */
    3985, /* SetupDeviceSequence */
    3986, /* SetupDeviceType */
    4143, /* SetupImageComment */
    3990, /* SetupReferenceDescription */
    3983, /* SetupTechnique */
    3984, /* SetupTechniqueDescription */
    3099, /* ShadingStyle */
    3010, /* ShadowColorCIELabValue */
    3008, /* ShadowOffsetX */
    3009, /* ShadowOffsetY */
    3021, /* ShadowOpacity */
    3007, /* ShadowStyle */
    3036, /* ShapeType */
    4616, /* SharedFunctionalGroupsSequence */
    472, /* Sharpness */
    3981, /* ShieldingDeviceDescription */
    3980, /* ShieldingDeviceLabel */
    3982, /* ShieldingDevicePosition */
    3978, /* ShieldingDeviceSequence */
    3979, /* ShieldingDeviceType */
    3455, /* ShiftTableSize */
    3456, /* ShiftTableTriplet */
    3104, /* Shininess */
    1735, /* ShortTermFluctuation */
    1734, /* ShortTermFluctuationCalculated */
    1737, /* ShortTermFluctuationProbability */
    1736, /* ShortTermFluctuationProbabilityCalculated */
    3379, /* ShotDurationTime */
    3380, /* ShotOffsetTime */
    3258, /* ShowAcquisitionTechniquesFlag */
    3256, /* ShowGraphicAnnotationFlag */
    3254, /* ShowGrayscaleInverted */
    3255, /* ShowImageTrueSizeFlag */
    3257, /* ShowPatientDemographicsFlag */
    3026, /* ShowTickLabel */
    757, /* ShutterLeftVerticalEdge */
    760, /* ShutterLowerHorizontalEdge */
    765, /* ShutterOverlayGroup */
    766, /* ShutterPresentationColorCIELabValue */
    764, /* ShutterPresentationValue */
    758, /* ShutterRightVerticalEdge */
    756, /* ShutterShape */
    440, /* ShutterSpeedValue */
    759, /* ShutterUpperHorizontalEdge */
    2007, /* SignalDomainColumns */
    2013, /* SignalDomainRows */
    1619, /* SignalToNoiseRatio */
    3432, /* Signature */
    229, /* SimpleFrameList */
    2580, /* SimulatedKeratometricCylinderSequence */
    1089, /* SingleCollimationWidth */
    635, /* SkipBeats */
    304, /* SkipFrameRangeFlag */
    1006, /* SlabOrientation */
    1005, /* SlabThickness */
    1432, /* SliceLocation */
    792, /* SliceLocationVector */
    2725, /* SliceProgressionDirection */
    2747, /* SliceSensitivityFactor */
    547, /* SliceThickness */
    2705, /* SliceVector */
    2240, /* SlideIdentifier */
    1831, /* SmallestImagePixelValue */
    1835, /* SmallestImagePixelValueInPlane */
    1833, /* SmallestPixelValueInSeries */
    1829, /* SmallestValidPixelValue */
    362, /* SmokingStatus */
    3486, /* SmoothingType */
    4083, /* SnoutID */
    4082, /* SnoutPosition */
    3813, /* SnoutPositionTolerance */
    4081, /* SnoutSequence */
    820, /* SoftTissueFocusThermalIndex */
    821, /* SoftTissueSurfaceThermalIndex */
    819, /* SoftTissueThermalIndex */
    1940, /* SoftcopyVOILUTSequence */
    591, /* SoftwareVersions */
    3248, /* SortByCategory */
    3249, /* SortingDirection */
    3247, /* SortingOperationsSequence */
    1374, /* SourceAcquisitionBeamNumber */
    1373, /* SourceAcquisitionProtocolElementNumber */
    53, /* SourceApplicationEntityTitle */
    4042, /* SourceApplicatorID */
    4045, /* SourceApplicatorLength */
    4046, /* SourceApplicatorManufacturer */
    4044, /* SourceApplicatorName */
    4041, /* SourceApplicatorNumber */
    4049, /* SourceApplicatorStepSize */
    4033, /* SourceApplicatorTipLength */
    4043, /* SourceApplicatorType */
    4047, /* SourceApplicatorWallNominalThickness */
    4048, /* SourceApplicatorWallNominalTransmission */
    3853, /* SourceAxisDistance */
    4461, /* SourceConceptualVolumeSequence */
    4458, /* SourceConceptualVolumeUID */
    4004, /* SourceDescription */
    4005, /* SourceEncapsulationNominalThickness */
    4006, /* SourceEncapsulationNominalTransmission */
    1140, /* SourceEndDateTime */
    2784, /* SourceFrameOfReferenceUID */
    3145, /* SourceHangingProtocolSequence */
    2067, /* SourceIdentifier */
    2590, /* SourceImageCornealProcessedDataSequence */
    293, /* SourceImageEvidenceSequence */
    4711, /* SourceImageIDs */
    245, /* SourceImageSequence */
    2481, /* SourceInstanceSequence */
    285, /* SourceIrradiationEventSequence */
    4008, /* SourceIsotopeHalfLife */
    4007, /* SourceIsotopeName */
    4000, /* SourceManufacturer */
    4003, /* SourceModelID */
    4038, /* SourceMovementType */
    3998, /* SourceNumber */
    1613, /* SourceOfAnteriorChamberDepthDataCodeSequence */
    2549, /* SourceOfCorneaMeasurementDataCodeSequence */
    1574, /* SourceOfCornealSizeDataCodeSequence */
    1612, /* SourceOfLensThicknessDataCodeSequence */
    1573, /* SourceOfOphthalmicAxialLengthCodeSequence */
    3448, /* SourceOfPreviousValues */
    1615, /* SourceOfRefractiveMeasurementsCodeSequence */
    1614, /* SourceOfRefractiveMeasurementsSequence */
    310, /* SourcePatientGroupIdentificationSequence */
    3654, /* SourcePixelPlanesCharacteristicsSequence */
    56, /* SourcePresentationAddress */
    1375, /* SourceReconstructionProtocolElementNumber */
    4300, /* SourceRollAngle */
    3997, /* SourceSequence */
    3743, /* SourceSerialNumber */
    1139, /* SourceStartDateTime */
    4011, /* SourceStrength */
    4012, /* SourceStrengthReferenceDate */
    4013, /* SourceStrengthReferenceTime */
    4009, /* SourceStrengthUnits */
    4158, /* SourceToApplicatorMountingPositionDistance */
    3856, /* SourceToBeamLimitingDeviceDistance */
    3907, /* SourceToBlockTrayDistance */
    4066, /* SourceToCompensatorDistance */
    3892, /* SourceToCompensatorTrayDistance */
    3950, /* SourceToExternalContourDistance */
    4151, /* SourceToGeneralAccessoryDistance */
    4230, /* SourceToPatientSurfaceDistance */
    3589, /* SourceToReferenceObjectDistance */
    3948, /* SourceToSurfaceDistance */
    3881, /* SourceToWedgeTrayDistance */
    3999, /* SourceType */
    2116, /* SourceWaveformSequence */
    563, /* SpacingBetweenSlices */
    419, /* SpatialFrequencyResponseColumnNames */
    418, /* SpatialFrequencyResponseColumns */
    417, /* SpatialFrequencyResponseRows */
    420, /* SpatialFrequencyResponseValues */
    1914, /* SpatialLocationsPreserved */
    943, /* SpatialPresaturation */
    605, /* SpatialResolution */
    3603, /* SpatialTransformOfDose */
    2092, /* SpecialNeeds */
    1035, /* SpecificAbsorptionRateDefinition */
    1060, /* SpecificAbsorptionRateSequence */
    1037, /* SpecificAbsorptionRateValue */
    89, /* SpecificCharacterSet */
    70, /* SpecificCharacterSetOfFileSetDescriptorFile */
    3407, /* SpecificationSelectionGuidance */
    3749, /* SpecifiedChannelTotalTime */
    3701, /* SpecifiedMeterset */
    3751, /* SpecifiedNumberOfPulses */
    3693, /* SpecifiedPrimaryMeterset */
    3753, /* SpecifiedPulseRepetitionInterval */
    3694, /* SpecifiedSecondaryMeterset */
    3697, /* SpecifiedTreatmentTime */
    2218, /* SpecimenAccessionNumber */
    2232, /* SpecimenDescriptionSequence */
    2227, /* SpecimenDescriptionSequenceTrial */
    2228, /* SpecimenDescriptionTrial */
    2236, /* SpecimenDetailedDescription */
    2226, /* SpecimenIdentifier */
    2604, /* SpecimenLabelInImage */
    2239, /* SpecimenLocalizationContentItemSequence */
    2237, /* SpecimenPreparationSequence */
    2238, /* SpecimenPreparationStepContentItemSequence */
    2616, /* SpecimenReferenceSequence */
    2225, /* SpecimenSequence */
    2235, /* SpecimenShortDescription */
    2234, /* SpecimenTypeCodeSequence */
    2229, /* SpecimenUID */
    430, /* SpectralSensitivity */
    964, /* SpectralWidth */
    942, /* SpectrallySelectedExcitation */
    941, /* SpectrallySelectedSuppression */
    1017, /* SpectroscopyAcquisitionDataColumns */
    1022, /* SpectroscopyAcquisitionOutOfPlanePhaseSteps */
    1058, /* SpectroscopyAcquisitionPhaseColumns */
    999, /* SpectroscopyAcquisitionPhaseRows */
    4626, /* SpectroscopyData */
    3103, /* SpecularReflectionIntensity */
    2566, /* SpherePower */
    1518, /* SphericalLensPower */
    1094, /* SpiralPitchFactor */
    933, /* Spoiling */
    1449, /* StackID */
    2159, /* StageCodeSequence */
    246, /* StageName */
    247, /* StageNumber */
    434, /* StandardOutputSensitivity */
    1229, /* StartAcquisitionDateTime */
    2710, /* StartAngle */
    1274, /* StartCardiacTriggerCountThreshold */
    4389, /* StartCumulativeMetersetWeight */
    3327, /* StartCumulativeTimeWeight */
    1272, /* StartDensityThreshold */
    3726, /* StartMeterset */
    1273, /* StartRelativeDensityDifferenceThreshold */
    1275, /* StartRespiratoryTriggerCountThreshold */
    258, /* StartTrim */
    4331, /* StartingMetersetValueKnownFlag */
    1479, /* StartingRespiratoryAmplitude */
    1480, /* StartingRespiratoryPhase */
    124, /* StationAETitle */
    192, /* StationName */
    16, /* Status */
    934, /* SteadyStatePulseSequence */
    2550, /* SteepCornealAxisSequence */
    2533, /* SteepKeratometricAxisSequence */
    851, /* SteeringAngle */
    1526, /* StereoBaselineAngle */
    1527, /* StereoBaselineDisplacement */
    1528, /* StereoHorizontalPixelOffset */
    1544, /* StereoPairsPresent */
    1541, /* StereoPairsSequence */
    1530, /* StereoRotation */
    1529, /* StereoVerticalPixelOffset */
    1705, /* StimuliRetestingQuantity */
    1694, /* StimulusArea */
    1692, /* StimulusColorCodeSequence */
    1695, /* StimulusPresentationTime */
    1751, /* StimulusResults */
    259, /* StopTrim */
    3413, /* StorageMediaFileSetID */
    3414, /* StorageMediaFileSetUID */
    1371, /* StorageProtocolElementSequence */
    1370, /* StorageProtocolElementSpecificationSequence */
    2322, /* StorageURL */
    1907, /* StoredValueColorRangeSequence */
    330, /* StrainAdditionalInformation */
    331, /* StrainCodeSequence */
    324, /* StrainDescription */
    325, /* StrainNomenclature */
    329, /* StrainSource */
    327, /* StrainSourceRegistryCodeSequence */
    326, /* StrainStockNumber */
    328, /* StrainStockSequence */
    3627, /* StructureSetDate */
    3626, /* StructureSetDescription */
    3624, /* StructureSetLabel */
    3625, /* StructureSetName */
    3634, /* StructureSetROISequence */
    3628, /* StructureSetTime */
    3397, /* StructuredConstraintObservationSequence */
    3233, /* StructuredDisplayBackgroundCIELabValue */
    3235, /* StructuredDisplayImageBoxSequence */
    3236, /* StructuredDisplayTextBoxSequence */
    241, /* StudiesContainingOtherReferencedInstancesSequence */
    2051, /* StudyArrivalDate */
    2052, /* StudyArrivalTime */
    2062, /* StudyComments */
    2053, /* StudyCompletionDate */
    2054, /* StudyCompletionTime */
    2055, /* StudyComponentStatusID */
    103, /* StudyDate */
    193, /* StudyDescription */
    1392, /* StudyID */
    2035, /* StudyIDIssuer */
    1390, /* StudyInstanceUID */
    2034, /* StudyPriorityID */
    2038, /* StudyReadDate */
    2039, /* StudyReadTime */
    2033, /* StudyStatusID */
    110, /* StudyTime */
    2036, /* StudyVerifiedDate */
    2037, /* StudyVerifiedTime */
    449, /* SubjectArea */
    445, /* SubjectDistance */
    474, /* SubjectDistanceRange */
    458, /* SubjectLocation */
    312, /* SubjectRelativePositionInImage */
    2542, /* SubjectiveRefractionLeftEyeSequence */
    2541, /* SubjectiveRefractionRightEyeSequence */
    3316, /* SubscriptionListStatus */
    2485, /* SubstanceAdministrationApproval */
    2493, /* SubstanceAdministrationDateTime */
    2495, /* SubstanceAdministrationDeviceID */
    2494, /* SubstanceAdministrationNotes */
    2497, /* SubstanceAdministrationParameterSequence */
    2016, /* SubtractionItemID */
    3476, /* SupportedImageDisplayFormatsSequence */
    2585, /* SurfaceAsymmetryIndex */
    2794, /* SurfaceComments */
    2825, /* SurfaceCount */
    3947, /* SurfaceEntryPoint */
    2804, /* SurfaceMeshPrimitivesSequence */
    1685, /* SurfaceMeshZPixelOffset */
    2888, /* SurfaceModelDescriptionSequence */
    2889, /* SurfaceModelLabel */
    2890, /* SurfaceModelScalingFactor */
    2793, /* SurfaceNumber */
    3382, /* SurfacePointColorCIELabValueData */
    3381, /* SurfacePointPresentationValueData */
    2803, /* SurfacePointsNormalsSequence */
    2802, /* SurfacePointsSequence */
    2795, /* SurfaceProcessing */
    2835, /* SurfaceProcessingAlgorithmIdentificationSequence */
    2797, /* SurfaceProcessingDescription */
    2796, /* SurfaceProcessingRatio */
    2584, /* SurfaceRegularityIndex */
    3376, /* SurfaceScanAcquisitionTypeCodeSequence */
    3377, /* SurfaceScanModeCodeSequence */
    2792, /* SurfaceSequence */
    3344, /* SurgicalTechnique */
    1579, /* SurgicallyInducedAstigmatismSequence */
    1142, /* SwitchingPhaseNominalDuration */
    1141, /* SwitchingPhaseNumber */
    1143, /* SwitchingPhaseTransitionDuration */
    3122, /* SwivelRange */
    617, /* SynchronizationChannel */
    1421, /* SynchronizationFrameOfReferenceUID */
    616, /* SynchronizationTrigger */
    3239, /* SynchronizedImageBoxList */
    3212, /* SynchronizedScrollingSequence */
    600, /* SyringeCounts */
    1963, /* SystemStatus */
    1964, /* SystemStatusComment */
    938, /* T2Preparation */
    1955, /* TIDOffset */
    857, /* TMLinePositionX0 */
    856, /* TMLinePositionX0Retired */
    861, /* TMLinePositionX1 */
    860, /* TMLinePositionX1Retired */
    859, /* TMLinePositionY0 */
    858, /* TMLinePositionY0Retired */
    863, /* TMLinePositionY1 */
    862, /* TMLinePositionY1Retired */
    651, /* TableAngle */
    2453, /* TableColumnDefinitionSequence */
    2451, /* TableColumnNumber */
    1214, /* TableCradleTiltAngle */
    1093, /* TableFeedPerRotation */
    1505, /* TableFrameOfReferenceUID */
    1213, /* TableHeadTiltAngle */
    645, /* TableHeight */
    1212, /* TableHorizontalRotationAngle */
    649, /* TableLateralIncrement */
    650, /* TableLongitudinalIncrement */
    647, /* TableMotion */
    875, /* TableOfParameterValues */
    874, /* TableOfPixelValues */
    871, /* TableOfXBreakPoints */
    872, /* TableOfYBreakPoints */
    1110, /* TablePosition */
    1172, /* TablePositionSequence */
    2452, /* TableRowDefinitionSequence */
    2450, /* TableRowNumber */
    1092, /* TableSpeed */
    3280, /* TableTopEccentricAdjustedAngle */
    3941, /* TableTopEccentricAngle */
    3815, /* TableTopEccentricAngleTolerance */
    3940, /* TableTopEccentricAxisDistance */
    3942, /* TableTopEccentricRotationDirection */
    3278, /* TableTopLateralAdjustedPosition */
    3945, /* TableTopLateralPosition */
    3820, /* TableTopLateralPositionTolerance */
    3993, /* TableTopLateralSetupDisplacement */
    3277, /* TableTopLongitudinalAdjustedPosition */
    3944, /* TableTopLongitudinalPosition */
    3819, /* TableTopLongitudinalPositionTolerance */
    3992, /* TableTopLongitudinalSetupDisplacement */
    3281, /* TableTopPitchAdjustedAngle */
    3953, /* TableTopPitchAngle */
    3816, /* TableTopPitchAngleTolerance */
    3954, /* TableTopPitchRotationDirection */
    3282, /* TableTopRollAdjustedAngle */
    3955, /* TableTopRollAngle */
    3817, /* TableTopRollAngleTolerance */
    3956, /* TableTopRollRotationDirection */
    3276, /* TableTopVerticalAdjustedPosition */
    3943, /* TableTopVerticalPosition */
    3818, /* TableTopVerticalPositionTolerance */
    3991, /* TableTopVerticalSetupDisplacement */
    646, /* TableTraverse */
    652, /* TableType */
    648, /* TableVerticalIncrement */
    1209, /* TableXPositionToIsocenter */
    1210, /* TableYPositionToIsocenter */
    1211, /* TableZPositionToIsocenter */
    2447, /* TabulatedValuesSequence */
    936, /* TagAngleFirstAxis */
    1052, /* TagAngleSecondAxis */
    946, /* TagSpacingFirstDimension */
    1051, /* TagSpacingSecondDimension */
    950, /* TagThickness */
    944, /* Tagging */
    1040, /* TaggingDelay */
    2594, /* TangentialPower */
    739, /* TargetExposureIndex */
    1358, /* TargetFrameOfReferenceUID */
    801, /* TargetLabel */
    1965, /* TargetLuminanceCharacteristicsSequence */
    3800, /* TargetMaximumDose */
    1987, /* TargetMaximumLuminance */
    3798, /* TargetMinimumDose */
    1986, /* TargetMinimumLuminance */
    1430, /* TargetPositionReferenceIndicator */
    3799, /* TargetPrescriptionDose */
    1575, /* TargetRefraction */
    798, /* TargetUID */
    3801, /* TargetUnderdoseVolumeFraction */
    2421, /* TelephoneNumberTrial */
    4508, /* TeletherapyRadiationType */
    451, /* Temperature */
    2462, /* TemplateExtensionCreatorUID */
    2460, /* TemplateExtensionFlag */
    2461, /* TemplateExtensionOrganizationUID */
    2457, /* TemplateIdentifier */
    2459, /* TemplateLocalVersion */
    4021, /* TemplateName */
    4019, /* TemplateNumber */
    4020, /* TemplateType */
    2458, /* TemplateVersion */
    1418, /* TemporalPositionIdentifier */
    1456, /* TemporalPositionIndex */
    1502, /* TemporalPositionSequence */
    1499, /* TemporalPositionTimeOffset */
    2385, /* TemporalRangeType */
    4516, /* TemporalRelationshipIntervalAnchor */
    1420, /* TemporalResolution */
    32, /* TerminalType */
    1280, /* TerminationCardiacTriggerCountThreshold */
    1276, /* TerminationCountsThreshold */
    1277, /* TerminationDensityThreshold */
    1278, /* TerminationRelativeDensityThreshold */
    1281, /* TerminationRespiratoryTriggerCountThreshold */
    1279, /* TerminationTimeThreshold */
    2000, /* TestImageValidation */
    2001, /* TestPatternCodeSequence */
    1717, /* TestPointNormalsDataFlag */
    1718, /* TestPointNormalsSequence */
    1998, /* TestResult */
    1999, /* TestResultComment */
    3004, /* TextColorCIELabValue */
    4586, /* TextComments */
    37, /* TextFormatID */
    2956, /* TextObjectSequence */
    3517, /* TextString */
    3000, /* TextStyleSequence */
    2390, /* TextValue */
    3384, /* TextureLabel */
    4537, /* TherapeuticRoleCategoryCodeSequence */
    4538, /* TherapeuticRoleTypeCodeSequence */
    543, /* TherapyDescription */
    541, /* TherapyType */
    2908, /* ThreeDDegreeOfFreedomAxis */
    3367, /* ThreeDImplantTemplateGroupMemberMatchingAxes */
    3366, /* ThreeDImplantTemplateGroupMemberMatchingPoint */
    2924, /* ThreeDLineCoordinates */
    2911, /* ThreeDMatingAxes */
    2910, /* ThreeDMatingPoint */
    2928, /* ThreeDPlaneNormal */
    2927, /* ThreeDPlaneOrigin */
    2921, /* ThreeDPointCoordinates */
    3246, /* ThreeDRenderingType */
    3528, /* ThresholdDensity */
    3133, /* ThresholdSequence */
    3135, /* ThresholdType */
    3136, /* ThresholdValue */
    3134, /* ThresholdValueSequence */
    3025, /* TickAlignment */
    3033, /* TickLabel */
    3027, /* TickLabelAlignment */
    3032, /* TickPosition */
    2381, /* Time */
    3152, /* TimeBasedImageSetsSequence */
    786, /* TimeDistributionProtocol */
    974, /* TimeDomainFiltering */
    2378, /* TimeOfDocumentCreationOrVerbalTransactionTrial */
    932, /* TimeOfFlightContrast */
    1297, /* TimeOfFlightInformationUsed */
    2074, /* TimeOfFrameGroupSequence */
    708, /* TimeOfLastCalibration */
    886, /* TimeOfLastDetectorCalibration */
    584, /* TimeOfSecondaryCapture */
    231, /* TimeRange */
    3131, /* TimeSeriesBlending */
    2708, /* TimeSliceVector */
    2703, /* TimeSlotInformationSequence */
    1399, /* TimeSlotNumber */
    2704, /* TimeSlotTime */
    2701, /* TimeSlotVector */
    785, /* TimeSource */
    170, /* TimezoneOffsetFromUTC */
    3611, /* TissueHeterogeneityCorrection */
    3808, /* ToleranceTableLabel */
    3807, /* ToleranceTableNumber */
    3806, /* ToleranceTableSequence */
    4223, /* ToleranceValue */
    743, /* TomoAngle */
    746, /* TomoClass */
    742, /* TomoLayerHeight */
    744, /* TomoTime */
    745, /* TomoType */
    4582, /* TomotherapeuticControlPointSequence */
    4584, /* TomotherapeuticLeafInitialClosedDurations */
    4583, /* TomotherapeuticLeafOpenDurations */
    2622, /* TopLeftHandCornerOfLocalizerArea */
    3418, /* TopicAuthor */
    3419, /* TopicKeywords */
    3417, /* TopicSubject */
    3416, /* TopicTitle */
    1584, /* ToricIOLPowerForExactEmmetropiaSequence */
    1585, /* ToricIOLPowerForExactTargetRefractionSequence */
    1581, /* ToricIOLPowerSequence */
    3903, /* TotalBlockTrayFactor */
    3904, /* TotalBlockTrayWaterEquivalentThickness */
    1090, /* TotalCollimationWidth */
    3888, /* TotalCompensatorTrayFactor */
    4067, /* TotalCompensatorTrayWaterEquivalentThickness */
    823, /* TotalGain */
    2198, /* TotalNumberOfExposures */
    3569, /* TotalNumberOfPiecesOfMediaCreated */
    2601, /* TotalPixelMatrixColumns */
    2630, /* TotalPixelMatrixFocalPlanes */
    2603, /* TotalPixelMatrixOriginSequence */
    2602, /* TotalPixelMatrixRows */
    4420, /* TotalPrescriptionDose */
    4022, /* TotalReferenceAirKerma */
    4659, /* TotalTime */
    2197, /* TotalTimeOfFluoroscopy */
    3878, /* TotalWedgeTrayWaterEquivalentThickness */
    2854, /* TrackPointIndexList */
    2844, /* TrackSequence */
    2850, /* TrackSetAnatomicalTypeCodeSequence */
    2849, /* TrackSetDescription */
    2848, /* TrackSetLabel */
    2847, /* TrackSetNumber */
    2843, /* TrackSetSequence */
    2852, /* TrackSetStatisticsSequence */
    2855, /* TrackStatisticsSequence */
    2846, /* TrackingAlgorithmIdentificationSequence */
    2781, /* TrackingID */
    2782, /* TrackingUID */
    235, /* TransactionUID */
    1326, /* TransducerApplicationCodeSequence */
    1325, /* TransducerBeamSteeringCodeSequence */
    811, /* TransducerData */
    847, /* TransducerFrequency */
    1324, /* TransducerGeometryCodeSequence */
    812, /* TransducerIdentificationSequence */
    262, /* TransducerOrientation */
    272, /* TransducerOrientationModifierSequence */
    271, /* TransducerOrientationSequence */
    261, /* TransducerPosition */
    270, /* TransducerPositionModifierSequence */
    269, /* TransducerPositionSequence */
    1321, /* TransducerScanPatternCodeSequence */
    848, /* TransducerType */
    50, /* TransferSyntaxUID */
    4052, /* TransferTubeLength */
    4051, /* TransferTubeNumber */
    1849, /* TransformLabel */
    1850, /* TransformVersionNumber */
    1656, /* TransformationAlgorithmSequence */
    1655, /* TransformationMethodCodeSequence */
    962, /* TransmitCoilManufacturerName */
    717, /* TransmitCoilName */
    963, /* TransmitCoilType */
    1001, /* TransmitterFrequency */
    1283, /* TransverseDetectorSeparation */
    2740, /* TransverseMash */
    4107, /* TrayAccessoryCode */
    3687, /* TreatmentControlPointDate */
    3688, /* TreatmentControlPointTime */
    3774, /* TreatmentDate */
    4325, /* TreatmentDeliveryContinuationFlag */
    3870, /* TreatmentDeliveryType */
    4236, /* TreatmentDeviceIdentificationSequence */
    3851, /* TreatmentMachineName */
    3996, /* TreatmentMachineSequence */
    4231, /* TreatmentMachineSpecialModeCodeSequence */
    4187, /* TreatmentPositionGroupLabel */
    4189, /* TreatmentPositionGroupSequence */
    4188, /* TreatmentPositionGroupUID */
    4185, /* TreatmentPositionIndex */
    4241, /* TreatmentPositionSequence */
    3781, /* TreatmentProtocols */
    4326, /* TreatmentRecordContentOrigin */
    3744, /* TreatmentSessionApplicationSetupSequence */
    3684, /* TreatmentSessionBeamSequence */
    3685, /* TreatmentSessionIonBeamSequence */
    4317, /* TreatmentSessionUID */
    4555, /* TreatmentSite */
    4556, /* TreatmentSiteCodeSequence */
    4573, /* TreatmentSiteModifierCodeSequence */
    3783, /* TreatmentSites */
    3768, /* TreatmentStatusComment */
    3707, /* TreatmentSummaryCalculatedDoseReferenceSequence */
    3737, /* TreatmentSummaryMeasuredDoseReferenceSequence */
    4558, /* TreatmentTechniqueNotes */
    3690, /* TreatmentTerminationCode */
    4332, /* TreatmentTerminationDescription */
    3689, /* TreatmentTerminationStatus */
    3775, /* TreatmentTime */
    4225, /* TreatmentTimeLimit */
    4335, /* TreatmentToleranceViolationAttributeSequence */
    4334, /* TreatmentToleranceViolationCategory */
    4352, /* TreatmentToleranceViolationCauseCodeSequence */
    4338, /* TreatmentToleranceViolationDateTime */
    4336, /* TreatmentToleranceViolationDescription */
    4337, /* TreatmentToleranceViolationIdentification */
    4333, /* TreatmentToleranceViolationSequence */
    4351, /* TreatmentToleranceViolationTypeCodeSequence */
    3691, /* TreatmentVerificationStatus */
    2822, /* TriangleFanSequence */
    2818, /* TrianglePointIndexList */
    2821, /* TriangleStripSequence */
    618, /* TriggerSamplePosition */
    607, /* TriggerSourceOrType */
    606, /* TriggerTime */
    615, /* TriggerTimeOffset */
    2712, /* TriggerVector */
    638, /* TriggerWindow */
    3495, /* Trim */
    1086, /* TubeAngle */
    2912, /* TwoDDegreeOfFreedomAxis */
    2907, /* TwoDDegreeOfFreedomSequence */
    3370, /* TwoDImplantTemplateGroupMemberMatchingAxes */
    3369, /* TwoDImplantTemplateGroupMemberMatchingPoint */
    2923, /* TwoDLineCoordinates */
    2922, /* TwoDLineCoordinatesSequence */
    2906, /* TwoDMatingAxes */
    2903, /* TwoDMatingFeatureCoordinatesSequence */
    2905, /* TwoDMatingPoint */
    2925, /* TwoDPlaneCoordinatesSequence */
    2926, /* TwoDPlaneIntersection */
    2920, /* TwoDPointCoordinates */
    2919, /* TwoDPointCoordinatesSequence */
    1666, /* TwoDimensionalToThreeDimensionalMapData */
    1659, /* TwoDimensionalToThreeDimensionalMapSequence */
    4642, /* TypeOfData */
    2711, /* TypeOfDetectorMotion */
    672, /* TypeOfFilters */
    2470, /* TypeOfInstances */
    1580, /* TypeOfOpticalCorrection */
    308, /* TypeOfPatientID */
    3240, /* TypeOfSynchronization */
    579, /* UDISequence */
    2383, /* UID */
    165, /* URNCodeValue */
    1318, /* USImageDescriptionSequence */
    3383, /* UVMappingSequence */
    3385, /* UValueData */
    1493, /* UltrasoundAcquisitionGeometry */
    1798, /* UltrasoundColorDataPresent */
    1624, /* UltrasoundOphthalmicAxialLengthMeasurementsSequence */
    1626, /* UltrasoundSelectedOphthalmicAxialLengthSequence */
    1470, /* UnassignedPerFrameConvertedAttributesSequence */
    1469, /* UnassignedSharedConvertedAttributesSequence */
    3011, /* Underlined */
    2955, /* UnformattedTextValue */
    3317, /* UnifiedProcedureStepListStatus */
    3307, /* UnifiedProcedureStepPerformedProcedureSequence */
    2455, /* UniformResourceLocatorTrial */
    578, /* UniqueDeviceIdentifier */
    2728, /* Units */
    2168, /* UniversalEntityID */
    2169, /* UniversalEntityIDType */
    2512, /* UnspecifiedLateralityLensSequence */
    694, /* UpperLimitNumberOfPersistentFluoroscopyFrames */
    712, /* UpperLowerPixelValues */
    2356, /* UrgencyOrPriorityAlertsTrial */
    3047, /* UsedFiducialsSequence */
    2779, /* UsedSegmentsSequence */
    4488, /* UserContentLabel */
    4489, /* UserContentLongLabel */
    1882, /* VOILUTFunction */
    1939, /* VOILUTSequence */
    3251, /* VOIType */
    3386, /* VValueData */
    2352, /* ValueType */
    4710, /* VariableCoefficientsSDDN */
    4709, /* VariableCoefficientsSDHN */
    4708, /* VariableCoefficientsSDVN */
    728, /* VariableFlipAngleFlag */
    4707, /* VariableNextDataGroup */
    4706, /* VariablePixelData */
    2815, /* VectorAccuracy */
    2816, /* VectorCoordinateData */
    2814, /* VectorDimensionality */
    2788, /* VectorGridData */
    996, /* VelocityEncodingAcquisitionSequence */
    994, /* VelocityEncodingDirection */
    1050, /* VelocityEncodingMaximumValue */
    995, /* VelocityEncodingMinimumValue */
    2422, /* VerbalSourceIdentifierCodeSequenceTrial */
    2419, /* VerbalSourceTrial */
    2349, /* VerificationDateTime */
    2435, /* VerificationFlag */
    3284, /* VerificationImageTiming */
    2373, /* VerifyingObserverIdentificationCodeSequence */
    2364, /* VerifyingObserverName */
    2362, /* VerifyingObserverSequence */
    2347, /* VerifyingOrganization */
    2820, /* VertexPointIndexList */
    3006, /* VerticalAlignment */
    2518, /* VerticalPrismBase */
    2517, /* VerticalPrismPower */
    2574, /* VerticesOfTheOutlineOfPupil */
    783, /* VerticesOfThePolygonalCollimator */
    1196, /* VerticesOfThePolygonalExposureControlSensingRegion */
    775, /* VerticesOfThePolygonalOutline */
    763, /* VerticesOfThePolygonalShutter */
    2027, /* VerticesOfTheRegion */
    592, /* VideoImageFormatAcquired */
    2714, /* ViewCodeSequence */
    2715, /* ViewModifierCodeSequence */
    249, /* ViewName */
    250, /* ViewNumber */
    2876, /* ViewOrientationCodeSequence */
    2877, /* ViewOrientationModifierCodeSequence */
    826, /* ViewPosition */
    2547, /* ViewingDistance */
    2561, /* ViewingDistanceType */
    3095, /* ViewpointLookAtPoint */
    3094, /* ViewpointPosition */
    3096, /* ViewpointUpDirection */
    4080, /* VirtualSourceAxisDistances */
    2104, /* VisitComments */
    2076, /* VisitStatusID */
    2560, /* VisualAcuityBothEyesOpenSequence */
    2559, /* VisualAcuityLeftEyeSequence */
    1765, /* VisualAcuityMeasurementSequence */
    2562, /* VisualAcuityModifiers */
    2558, /* VisualAcuityRightEyeSequence */
    2557, /* VisualAcuityTypeCodeSequence */
    2003, /* VisualEvaluationMethodCodeSequence */
    1978, /* VisualEvaluationResultSequence */
    1997, /* VisualEvaluationTestSequence */
    1698, /* VisualFieldCatchTrialSequence */
    1782, /* VisualFieldGlobalResultsIndexSequence */
    1686, /* VisualFieldHorizontalExtent */
    1730, /* VisualFieldMeanSensitivity */
    1688, /* VisualFieldShape */
    1746, /* VisualFieldTestDuration */
    1723, /* VisualFieldTestNormalsFlag */
    1755, /* VisualFieldTestPointNormalsSequence */
    1747, /* VisualFieldTestPointSequence */
    1748, /* VisualFieldTestPointXCoordinate */
    1749, /* VisualFieldTestPointYCoordinate */
    1781, /* VisualFieldTestReliabilityGlobalIndexSequence */
    1687, /* VisualFieldVerticalExtent */
    2249, /* VitalStainCodeSequenceTrial */
    1569, /* VitreousStatusCodeSequence */
    1591, /* VitreousStatusDescription */
    296, /* VolumeBasedCalculationTechnique */
    3077, /* VolumeCroppingMethod */
    3076, /* VolumeCroppingSequence */
    1504, /* VolumeFrameOfReferenceUID */
    1016, /* VolumeLocalizationSequence */
    966, /* VolumeLocalizationTechnique */
    3124, /* VolumeStreamSequence */
    1496, /* VolumeToTableMappingMatrix */
    1495, /* VolumeToTransducerMappingMatrix */
    1497, /* VolumeToTransducerRelationship */
    3113, /* VolumetricAnnotationSequence */
    3090, /* VolumetricCurvePoints */
    3123, /* VolumetricCurveUpDirections */
    3116, /* VolumetricPresentationInputAnnotationSequence */
    3108, /* VolumetricPresentationInputIndex */
    3069, /* VolumetricPresentationInputNumber */
    3072, /* VolumetricPresentationInputSetSequence */
    3071, /* VolumetricPresentationInputSetUID */
    3063, /* VolumetricPresentationStateInputSequence */
    295, /* VolumetricProperties */
    2475, /* WADORSRetrievalSequence */
    2473, /* WADORetrievalSequence */
    236, /* WarningReason */
    454, /* WaterDepth */
    720, /* WaterEquivalentDiameter */
    721, /* WaterEquivalentDiameterCalculationMethodCodeSequence */
    1082, /* WaterReferenceAcquisition */
    1047, /* WaterReferencedPhaseCorrection */
    2456, /* WaveformAnnotationSequence */
    4621, /* WaveformBitsAllocated */
    2125, /* WaveformBitsStored */
    2111, /* WaveformChannelNumber */
    4624, /* WaveformData */
    2130, /* WaveformDataDisplayScale */
    2131, /* WaveformDisplayBackgroundCIELabValue */
    2105, /* WaveformOriginality */
    4623, /* WaveformPaddingValue */
    2132, /* WaveformPresentationGroupSequence */
    4622, /* WaveformSampleInterpretation */
    4618, /* WaveformSequence */
    3876, /* WedgeAngle */
    4259, /* WedgeDefinitionSequence */
    3877, /* WedgeFactor */
    3875, /* WedgeID */
    3873, /* WedgeNumber */
    3879, /* WedgeOrientation */
    3931, /* WedgePosition */
    3930, /* WedgePositionSequence */
    3872, /* WedgeSequence */
    3882, /* WedgeThinEdgePosition */
    3874, /* WedgeType */
    4571, /* WeekdayFractionPatternSequence */
    3112, /* WeightingLookupTableData */
    3111, /* WeightingLookupTableDescriptor */
    3110, /* WeightingTransferFunctionSequence */
    465, /* WhiteBalance */
    408, /* WhitePoint */
    1990, /* WhitePointFlag */
    723, /* WholeBodyTechnique */
    2241, /* WholeSlideMicroscopyImageFrameTypeSequence */
    1660, /* WideFieldOphthalmicPhotographyQualityRatingSequence */
    1661, /* WideFieldOphthalmicPhotographyQualityThresholdSequence */
    1662, /* WideFieldOphthalmicPhotographyThresholdQualityRating */
    1876, /* WindowCenter */
    1881, /* WindowCenterWidthExplanation */
    1877, /* WindowWidth */
    3303, /* WorklistLabel */
    702, /* XAAcquisitionDuration */
    698, /* XAAcquisitionFrameRate */
    697, /* XAAcquisitionPhaseDetailsSequence */
    699, /* XAPlaneDetailsSequence */
    1175, /* XAXRFFrameCharacteristicsSequence */
    1663, /* XCoordinatesCenterPixelViewAngle */
    2474, /* XDSRetrievalSequence */
    2323, /* XDSStorageSequence */
    680, /* XFocusCenter */
    2243, /* XOffsetInSlideCoordinateSystem */
    1222, /* XRay3DAcquisitionSequence */
    1220, /* XRay3DFrameTypeSequence */
    1238, /* XRay3DReconstructionSequence */
    1242, /* XRayAcquisitionDoseSequence */
    1147, /* XRayDetectorID */
    1146, /* XRayDetectorIndex */
    1149, /* XRayDetectorLabel */
    701, /* XRayFilterDetailsSequence */
    1256, /* XRayFilterSequence */
    1218, /* XRayGeometrySequence */
    1255, /* XRayGridSequence */
    3581, /* XRayImageReceptorAngle */
    3580, /* XRayImageReceptorTranslation */
    1166, /* XRayMassAttenuationCoefficient */
    2205, /* XRayOutput */
    1177, /* XRayReceptorType */
    1137, /* XRaySourceID */
    1136, /* XRaySourceIndex */
    1243, /* XRaySourceIsocenterPrimaryAngle */
    1244, /* XRaySourceIsocenterSecondaryAngle */
    663, /* XRayTubeCurrent */
    1113, /* XRayTubeCurrentInmA */
    922, /* XRayTubeCurrentInuA */
    1664, /* YCoordinatesCenterPixelViewAngle */
    681, /* YFocusCenter */
    2244, /* YOffsetInSlideCoordinateSystem */
    2245, /* ZOffsetInSlideCoordinateSystem */
    1327, /* ZeroVelocityPixelValue */
    3457, /* ZonalMap */
    1864, /* ZonalMapFormat */
    1863, /* ZonalMapLocation */
    1862, /* ZonalMapNumberFormat */
    1801, /* ZoomCenter */
    1800, /* ZoomFactor */
    730, /* dBdt */
};
