import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_REGION_GROUPS, LIMITS, PROVINCES } from '@rembuk/shared';
import { hasGroupNamed, rowsFrom, type GroupRow } from './groupList.js';

interface GroupListEditorProps {
  rows: readonly GroupRow[];
  onChange: (rows: GroupRow[]) => void;
}

/** Region groups: start from the defaults, rename, remove, add blank ones or any of the 38 provinces. */
export function GroupListEditor({ rows, onChange }: GroupListEditorProps) {
  const { t } = useTranslation();
  const nextKey = useRef(rows.reduce((max, row) => Math.max(max, row.key), 0) + 1);
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const remainingProvinces = PROVINCES.filter((province) => !hasGroupNamed(rows, province));
  const full = rows.length >= LIMITS.maxGroups;

  const add = (name: string, focus: boolean) => {
    const key = nextKey.current++;
    onChange([...rows, { key, name }]);
    if (focus) setFocusKey(key);
  };
  const rename = (key: number, name: string) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, name } : row)));
  const remove = (key: number) => onChange(rows.filter((row) => row.key !== key));
  const reset = () => {
    onChange(rowsFrom(DEFAULT_REGION_GROUPS, nextKey.current));
    nextKey.current += DEFAULT_REGION_GROUPS.length;
  };

  return (
    <fieldset className="group-editor" data-testid="group-editor">
      <legend>{t('create.groupsLegend')}</legend>
      <p className="field-hint">{t('create.groupsHint')}</p>
      <ol className="group-rows">
        {rows.map((row, index) => (
          <li key={row.key} className="group-row">
            <input
              type="text"
              value={row.name}
              maxLength={LIMITS.maxGroupNameLength}
              aria-label={t('create.groupName', { number: index + 1 })}
              data-testid="group-name"
              ref={(element) => {
                if (element && focusKey === row.key) {
                  element.focus();
                  setFocusKey(null);
                }
              }}
              onChange={(event) => rename(row.key, event.target.value)}
            />
            <button
              type="button"
              className="button button--danger-quiet"
              aria-label={t('create.removeGroup', { name: row.name || index + 1 })}
              data-testid="group-remove"
              onClick={() => remove(row.key)}
            >
              {t('create.remove')}
            </button>
          </li>
        ))}
      </ol>
      <div className="button-row">
        <button type="button" className="button" disabled={full} data-testid="group-add" onClick={() => add('', true)}>
          {t('create.addGroup')}
        </button>
        <button type="button" className="button button--quiet" data-testid="group-reset" onClick={reset}>
          {t('create.resetGroups')}
        </button>
      </div>
      <div className="field">
        <label htmlFor="add-province">{t('create.addProvince')}</label>
        <select
          id="add-province"
          value=""
          disabled={full || remainingProvinces.length === 0}
          data-testid="group-add-province"
          onChange={(event) => {
            if (event.target.value) add(event.target.value, false);
          }}
        >
          <option value="">{t('create.chooseProvince')}</option>
          {remainingProvinces.map((province) => (
            <option key={province} value={province}>
              {province}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
