// Tests read English unless they ask for another language: the catalogue main
// loads at start on an English OS, and a window once its snapshot names 'en'.
import { setCatalogue } from '../../common/i18n';
import english from '../../common/locales/en';

setCatalogue('en', english);
