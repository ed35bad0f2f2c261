namespace SiteGen.Import.Readers.PdfTable;

/// <summary>The columns that follow 政策级次, in the order a PDF listing prints them.</summary>
internal enum BodyColumn { Basis, Eligibility, Standard, FundingBurden, Procedure, PaymentMethod, PaymentTiming, Phone, Notes }
