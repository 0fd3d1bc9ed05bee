import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.css';

export interface Column<R> {
  title: string;
  render: (row: R) => ReactNode;
  /** Share of the row's width on a wide screen (flex-grow); default 1. */
  grow?: number;
  /** On a phone, give this value a line of its own (a long name) instead of half a line. */
  wide?: boolean;
}

interface DataTableProps<R> {
  columns: Column<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  /** The row being edited, highlighted. */
  selectedKey?: string;
  empty: string;
}

/**
 * Rows of records: a table with a header on a wide screen (H5 on a desk), and on a phone
 * one card per record with each value under its small label.
 */
export function DataTable<R>({ columns, rows, rowKey, selectedKey, empty }: DataTableProps<R>) {
  if (rows.length === 0) {
    return <Text className="data-table__empty">{empty}</Text>;
  }
  return (
    <View className="data-table">
      <View className="data-table__head">
        {columns.map((column) => (
          <Text key={column.title} className="data-table__cell data-table__head-cell" style={{ flexGrow: column.grow ?? 1 }}>
            {column.title}
          </Text>
        ))}
      </View>
      {rows.map((row) => {
        const key = rowKey(row);
        return (
          <View key={key} className={`data-table__row${key === selectedKey ? ' data-table__row--selected' : ''}`}>
            {columns.map((column) => (
              <View
                key={column.title}
                className={`data-table__cell${column.wide ? ' data-table__cell--wide' : ''}`}
                style={{ flexGrow: column.grow ?? 1 }}
              >
                <Text className="data-table__label">{column.title}</Text>
                <View className="data-table__value">{column.render(row)}</View>
              </View>
            ))}
          </View>
        );
      })}
    </View>
  );
}
