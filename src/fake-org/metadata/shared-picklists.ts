import type { PicklistValue } from './picklist';

// Picklist value sets several standard objects share, as a fresh Developer Edition org ships them
// (values and labels taken from the recorded describes).

export const SALUTATIONS: readonly PicklistValue[] = ['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Prof.', 'Mx.'];

export const LEAD_SOURCES: readonly PicklistValue[] = ['Web', 'Phone Inquiry', 'Partner Referral', 'Purchased List', 'Other'];

export const INDUSTRIES: readonly PicklistValue[] = [
  'Agriculture', 'Apparel', 'Banking', 'Biotechnology', 'Chemicals', 'Communications', 'Construction', 'Consulting',
  'Education', 'Electronics', 'Energy', 'Engineering', 'Entertainment', 'Environmental', 'Finance',
  'Food & Beverage', 'Government', 'Healthcare', 'Hospitality', 'Insurance', 'Machinery', 'Manufacturing', 'Media',
  'Not For Profit', 'Recreation', 'Retail', 'Shipping', 'Technology', 'Telecommunications', 'Transportation',
  'Utilities', 'Other',
];

export const RATINGS: readonly PicklistValue[] = ['Hot', 'Warm', 'Cold'];

export const CLEAN_STATUSES: readonly PicklistValue[] = [
  ['Matched', 'In Sync'], 'Different', ['Acknowledged', 'Reviewed'], ['NotFound', 'Not Found'], 'Inactive',
  ['Pending', 'Not Compared'], ['SelectMatch', 'Select Match'], 'Skipped',
];

export const GEOCODE_ACCURACIES: readonly PicklistValue[] = [
  'Address', ['NearAddress', 'Near Address'], 'Block', 'Street', ['ExtendedZip', 'Extended Zip'], 'Zip',
  'Neighborhood', 'City', 'County', 'State', 'Unknown',
];
