import { Select, type SelectProps } from 'antd';
import type { BaseOptionType } from 'antd/es/select';
import { matchesSearch } from '../../shared/text/search-match.ts';

/** An option, with the words it is found by when its label is not plain text. */
export type SearchOption = BaseOptionType & { searchText?: string };

function optionText(option: SearchOption | undefined): string {
  if (!option) return '';
  if (option.searchText) return option.searchText;
  return typeof option.label === 'string' || typeof option.label === 'number' ? String(option.label) : '';
}

/**
 * The app's select: typing filters the options as the nominee list searches (no accents needed,
 * any word's start), so Enter picks the first option that matches what was typed and never one
 * that does not; with nothing matching, Enter picks nothing.
 */
export function SearchSelect<V = unknown, O extends SearchOption = SearchOption>(props: SelectProps<V, O>) {
  return (
    <Select<V, O>
      notFoundContent="Không có lựa chọn phù hợp"
      {...props}
      showSearch={{ filterOption: (input, option) => matchesSearch(optionText(option), input) }}
    />
  );
}
