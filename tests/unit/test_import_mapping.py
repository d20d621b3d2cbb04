"""Mapping file columns to SalesDesk fields: presets, guesses, validation."""

import pytest
from sqlalchemy import inspect

from salesdesk.core.imports.mapping import (
    FIELDS,
    PRESETS,
    REQUIRED,
    RecordType,
    detect_preset,
    field_keys,
    guess_mapping,
    normalise_header,
    validate_mapping,
)
from salesdesk.core.models.accounts import Account, Contact
from salesdesk.core.models.deals import Opportunity
from salesdesk.core.models.leads import Lead

# Headers as the tools' exports write them (order and extra columns included).
HUBSPOT_COMPANIES = [
    "Record ID", "Company name", "Company owner", "Create Date", "Phone Number",
    "Last Activity Date", "City", "Country/Region", "Industry", "Street Address",
    "Postal Code", "State/Region", "Number of Employees", "Annual Revenue",
    "Website URL", "Company Domain Name",
]  # fmt: skip
HUBSPOT_CONTACTS = [
    "Record ID", "First Name", "Last Name", "Email", "Phone Number", "Mobile Phone Number",
    "Contact owner", "Job Title", "Associated Company", "Associated Company IDs",
    "Lifecycle Stage",
]  # fmt: skip
HUBSPOT_DEALS = [
    "Record ID", "Deal Name", "Deal Stage", "Close Date", "Deal owner", "Amount",
    "Associated Company IDs", "Associated Company", "Pipeline",
]  # fmt: skip
SALESFORCE_ACCOUNTS = [
    "Account ID", "Account Name", "Account Owner", "Type", "Industry", "Employees",
    "Billing Street", "Billing City", "Billing State/Province", "Billing Zip/Postal Code",
    "Billing Country", "Phone", "Website", "Annual Revenue", "Description",
]  # fmt: skip
SALESFORCE_OPPORTUNITIES = [
    "Opportunity ID", "Opportunity Name", "Account ID", "Account Name", "Stage",
    "Probability (%)", "Amount", "Close Date", "Type", "Next Step",
]  # fmt: skip
SALESFORCE_LEADS = [
    "Lead ID", "First Name", "Last Name", "Company / Account", "Title", "Email", "Phone",
    "Lead Source", "Lead Status", "City", "No. of Employees",
]  # fmt: skip


def test_import_fields_are_model_columns_or_documented_links():
    models = {
        RecordType.ACCOUNTS: Account,
        RecordType.CONTACTS: Contact,
        RecordType.LEADS: Lead,
        RecordType.DEALS: Opportunity,
    }
    links = {"account_source_id", "account_name", "contact_source_id", "contact_email", "stage"}
    for record_type, model in models.items():
        columns = {c.key for c in inspect(model).columns}
        keys = field_keys(record_type)
        assert len(keys) == len(set(keys)), record_type
        assert set(keys) - columns <= links, record_type
        for f in FIELDS[record_type]:
            column = inspect(model).columns.get(f.key)
            length = getattr(getattr(column, "type", None), "length", None)
            if length is not None and f.kind not in ("country",):
                assert f.limit == length, (record_type, f.key)


def test_presets_and_required_fields_name_real_fields():
    for name, per_type in PRESETS.items():
        for record_type, columns in per_type.items():
            assert set(columns.values()) <= set(field_keys(record_type)), (name, record_type)
    for record_type, groups in REQUIRED.items():
        for group in groups:
            assert set(group) <= set(field_keys(record_type))


def test_normalise_header():
    assert normalise_header("  Zip/Postal-Code ") == "zip postal code"
    assert normalise_header("Téléphone") == "telephone"
    assert normalise_header("E_MAIL") == "e mail"


def test_hubspot_companies():
    mapping = guess_mapping(HUBSPOT_COMPANIES, "accounts")
    assert mapping == {
        "Record ID": "source_id",
        "Company name": "name",
        "Phone Number": "phone",
        "City": "city",
        "Country/Region": "country",
        "Industry": "industry",
        "Street Address": "street",
        "Postal Code": "postal_code",
        "State/Region": "region",
        "Number of Employees": "employees",
        "Annual Revenue": "current_revenue",
        "Website URL": "website",
    }
    assert detect_preset(HUBSPOT_COMPANIES, "accounts") == "hubspot"
    assert validate_mapping(mapping, "accounts", HUBSPOT_COMPANIES) == []


def test_hubspot_contacts_link_to_companies_and_take_the_first_phone():
    mapping = guess_mapping(HUBSPOT_CONTACTS, RecordType.CONTACTS)
    assert mapping["Record ID"] == "source_id"
    assert mapping["Phone Number"] == "phone"
    assert "Mobile Phone Number" not in mapping
    assert mapping["Associated Company IDs"] == "account_source_id"
    assert mapping["Associated Company"] == "account_name"
    assert mapping["Job Title"] == "title"
    assert validate_mapping(mapping, "contacts") == []


def test_hubspot_deals():
    mapping = guess_mapping(HUBSPOT_DEALS, "deals")
    assert {k: mapping[k] for k in ("Deal Name", "Deal Stage", "Close Date", "Amount")} == {
        "Deal Name": "name",
        "Deal Stage": "stage",
        "Close Date": "close_date",
        "Amount": "amount",
    }
    assert validate_mapping(mapping, "deals") == []


def test_salesforce_accounts_use_billing_address():
    mapping = guess_mapping(SALESFORCE_ACCOUNTS, "accounts")
    assert detect_preset(SALESFORCE_ACCOUNTS, "accounts") == "salesforce"
    assert mapping["Account ID"] == "source_id"
    assert mapping["Account Name"] == "name"
    assert mapping["Billing City"] == "city"
    assert mapping["Billing Zip/Postal Code"] == "postal_code"
    assert mapping["Billing State/Province"] == "region"
    assert mapping["Billing Country"] == "country"
    assert mapping["Type"] == "kind"
    assert mapping["Description"] == "notes"
    assert "Account Owner" not in mapping
    assert validate_mapping(mapping, "accounts") == []


def test_salesforce_api_names_from_data_loader():
    headers = ["Id", "Name", "BillingCity", "BillingPostalCode", "NumberOfEmployees"]
    assert guess_mapping(headers, "accounts", preset="salesforce") == {
        "Id": "source_id",
        "Name": "name",
        "BillingCity": "city",
        "BillingPostalCode": "postal_code",
        "NumberOfEmployees": "employees",
    }


def test_salesforce_opportunities_and_leads():
    deals = guess_mapping(SALESFORCE_OPPORTUNITIES, "deals")
    assert deals["Opportunity ID"] == "source_id"
    assert deals["Account ID"] == "account_source_id"
    assert deals["Probability (%)"] == "probability"
    leads = guess_mapping(SALESFORCE_LEADS, "leads")
    assert leads["Company / Account"] == "company"
    assert leads["No. of Employees"] == "employees"
    assert leads["Lead Source"] == "source"
    assert validate_mapping(leads, "leads") == []


def test_a_home_made_spreadsheet_is_matched_by_field_names_and_synonyms():
    headers = ["FIRMA", "Company", "  post code ", "Town", "Téléphone", "E-Mail", "Notes", "?"]
    mapping = guess_mapping(headers, "accounts")
    assert mapping == {
        "Company": "name",
        "  post code ": "postal_code",
        "Town": "city",
        "Téléphone": "phone",
        "E-Mail": "email",
        "Notes": "notes",
    }


def test_a_given_preset_goes_first():
    headers = ["Name", "Company name"]
    assert guess_mapping(headers, "accounts", preset="salesforce") == {"Name": "name"}
    assert guess_mapping(headers, "accounts", preset="hubspot") == {"Company name": "name"}
    assert detect_preset(headers, "accounts") is None  # one header each is no evidence
    assert guess_mapping(headers, "accounts") == {"Company name": "name"}  # HubSpot, then SF


def test_validate_mapping_reports_every_problem():
    mapping = {
        "Company": "name",
        "Firm": "name",
        "Where": "town",
        "Phone": None,
        "Ghost": "city",
    }
    problems = [str(p) for p in validate_mapping(mapping, "accounts", ["Company", "Firm", "Where"])]
    assert problems == [
        "column Where: town is not a field here",
        "the file has no column Ghost",
        "Account name is filled from more than one column: Company, Firm",
    ]


def test_validate_mapping_required_fields():
    assert [str(p) for p in validate_mapping({}, "accounts")] == [
        "no column is mapped to Account name"
    ]
    assert [str(p) for p in validate_mapping({"Deal": "name"}, "deals")] == [
        "no column is mapped to Account record ID / Account name"
    ]
    assert validate_mapping({"Mail": "email"}, "leads") == []


def test_unknown_record_type_is_refused():
    with pytest.raises(ValueError):
        guess_mapping(["Name"], "widgets")
