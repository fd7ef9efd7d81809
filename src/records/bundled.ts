import data from '../../data/resources.json';
import { checkRecords } from './check.js';

/** The national records shipped inside the script, checked like any other input. */
export const bundled = checkRecords(data);
